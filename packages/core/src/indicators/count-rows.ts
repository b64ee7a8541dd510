import type { OfficialTallyRecord } from '../model/official-tally.js';
import type { AgreementType } from '../vocabulary/agreement-type.js';
import type { BriFraming } from '../vocabulary/bri-framing.js';
import type { ProvisionCode } from '../vocabulary/provision.js';
import type { Verification } from '../vocabulary/verification.js';

/**
 * How many of the agreements of a count have each trait the measured indicators read: a renewal relation,
 * an international anchor, mutual recognition, recognition only (see `anchoring.ts`), any coded
 * provision, and each provision coded present.
 */
export interface TraitCounts {
  readonly renewal: number;
  readonly anchored: number;
  readonly mutual_recognition: number;
  readonly recognition_only: number;
  readonly coded: number;
  readonly provisions: Readonly<Record<ProvisionCode, number>>;
}

/**
 * How many agreements that pass a filter's other conditions share a signature year, a type, a framing and
 * a verification level: the grouped count a database gives without reading the agreements themselves.
 * `traits` when they were asked for.
 */
export interface AgreementCount {
  readonly signed_year: number | null;
  readonly type: AgreementType;
  readonly bri_framing: BriFraming;
  readonly verification: Verification;
  readonly count: number;
  readonly traits?: TraitCounts;
}

/**
 * How many agreements that pass a filter's other conditions fall in the group `key`, by the same columns
 * as `AgreementCount`: by region or partner kind, those with a partner party that passes the partner
 * filters and is in the region (or `unknown`) or of the institution kind; by sector, those with the sector
 * (or none, `none`). An agreement in two groups counts once in each.
 */
export interface GroupCount extends AgreementCount {
  readonly key: string;
}

/**
 * How many agreements that pass a filter's other conditions have the partner `key` (a jurisdiction) among
 * the partner parties that pass the partner filters, with the partner's region (or `unknown`).
 */
export interface PartnerCount extends GroupCount {
  readonly region: string;
}

/**
 * A count by partner or by sector within the group `group` of a keyed breakdown, as the keyed groups count
 * it: by partner kind, a partner counted over its parties of the kind; by sector, over the agreements with
 * the sector; by region or partner kind, a sector counted over the agreements with a partner in the group.
 */
export type InGroup<C extends GroupCount> = C & { readonly group: string };

/** How many agreements share a signature date and a terminus ante quem (and the columns of the count). */
export interface PlacementCount extends AgreementCount {
  readonly signed_date: string | null;
  readonly signed_no_later_than: string | null;
}

/**
 * Everything a counted indicator may be computed from: the counts of the agreements, the counts of a keyed
 * breakdown (`groups`), by partner (`partners`; for coverage, only of the agreements on or before the
 * tally), by sector (`sectors`), by signature date (`placements`), and the latest cumulative tally; by a
 * keyed breakdown, the counts by partner per group (`group_partners`, by partner kind or sector: by region
 * the partners' own region places them) and by sector per group (`group_sectors`, by region or partner
 * kind), when the indicator reads partners or sectors. The counts over the whole filter give the total.
 */
export interface CountRows {
  readonly counts: readonly AgreementCount[];
  readonly groups: readonly GroupCount[];
  readonly partners: readonly PartnerCount[];
  readonly sectors: readonly GroupCount[];
  readonly placements: readonly PlacementCount[];
  readonly group_partners: readonly InGroup<PartnerCount>[];
  readonly group_sectors: readonly InGroup<GroupCount>[];
  readonly tally: OfficialTallyRecord | null;
}

/** The rows of each kind that a test keeps; the tally stays. */
export function narrowRows(rows: CountRows, keep: (row: AgreementCount) => boolean): CountRows {
  return {
    counts: rows.counts.filter(keep),
    groups: rows.groups.filter(keep),
    partners: rows.partners.filter(keep),
    sectors: rows.sectors.filter(keep),
    placements: rows.placements.filter(keep),
    group_partners: rows.group_partners.filter(keep),
    group_sectors: rows.group_sectors.filter(keep),
    tally: rows.tally,
  };
}

/** The sum of the counts of some rows. */
export function totalCount(counts: readonly AgreementCount[]): number {
  return counts.reduce((sum, row) => sum + row.count, 0);
}

/** The sum of one trait over some counts; the counts must carry their traits. */
export function traitTotal(
  counts: readonly AgreementCount[],
  trait: (traits: TraitCounts) => number,
): number {
  return counts.reduce((sum, row) => {
    if (row.traits === undefined) throw new Error('these counts carry no traits');
    return sum + trait(row.traits);
  }, 0);
}
