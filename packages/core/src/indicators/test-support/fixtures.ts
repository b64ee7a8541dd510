import type { TallyAggregate } from '../../dataset/aggregates.js';
import type { Agreement, Party } from '../../dataset/assemble.js';
import type { Jurisdiction } from '../../geo/jurisdiction.js';
import type { RegionCode } from '../../geo/regions.js';
import { precisionOf, yearOf } from '../../model/partial-date.js';
import type { AgreementType } from '../../vocabulary/agreement-type.js';
import type { BriFraming } from '../../vocabulary/bri-framing.js';
import type { IcsField } from '../../vocabulary/ics-field.js';
import type { InstitutionKind } from '../../vocabulary/institution-kind.js';
import type { ProvisionCode, ProvisionStatus } from '../../vocabulary/provision.js';
import type { RelationType } from '../../vocabulary/relation-type.js';
import type { Scope } from '../../vocabulary/scope.js';
import type { TallySeries } from '../../vocabulary/tally-series.js';
import type { Verification } from '../../vocabulary/verification.js';

/** A country jurisdiction; region null stands for an area UN M49 does not place. */
export function country(code: string, region: RegionCode | null): Jurisdiction {
  return {
    code,
    kind: 'country',
    names: { en: code, fr: code, zh: code },
    region,
    subregion: null,
    organisation_kind: null,
    international_body: false,
  };
}

export function organisation(code: string, region: RegionCode, internationalBody: boolean): Jurisdiction {
  return {
    code,
    kind: 'organisation',
    names: { en: code, fr: code, zh: code },
    region,
    subregion: null,
    organisation_kind: internationalBody ? 'regional_standards_organisation' : 'regional_organisation',
    international_body: internationalBody,
  };
}

export const DEU = country('DEU', '150');
export const FRA = country('FRA', '150');
export const KEN = country('KEN', '002');
export const BRA = country('BRA', '019');
export const SGP = country('SGP', '142');
/** A country without a UN M49 region. */
export const NOWHERE = country('XXA', null);
export const ISO = organisation('ISO', 'global', true);
export const ARSO = organisation('ARSO', '002', true);
export const ASEAN = organisation('ASEAN', '142', false);

/** The twelve signatories of a multilateral joint initiative: six in Asia, four in Europe, two in Africa. */
export const TWELVE: readonly Jurisdiction[] = [
  ...['MNG', 'KAZ', 'KHM', 'LAO', 'MYS', 'THA'].map((code) => country(code, '142')),
  ...['RUS', 'BLR', 'SRB', 'HUN'].map((code) => country(code, '150')),
  ...['ETH', 'EGY'].map((code) => country(code, '002')),
];

/** A partner party: a jurisdiction, optionally with the signing institution's id and kind. */
export interface PartnerSpec {
  readonly jurisdiction: Jurisdiction;
  readonly institution?: string;
  readonly kind?: InstitutionKind;
}

export interface AgreementSpec {
  readonly id: string;
  readonly type?: AgreementType;
  readonly scope?: Scope;
  readonly date?: string | null;
  /** Terminus ante quem (YYYY-MM-DD); none unless told. */
  readonly noLaterThan?: string;
  readonly verification?: Verification;
  readonly bri?: BriFraming;
  readonly sectors?: readonly IcsField[];
  readonly partners?: readonly (Jurisdiction | PartnerSpec)[];
  readonly provisions?: Partial<Record<ProvisionCode, ProvisionStatus>>;
  readonly relations?: readonly { readonly relation: RelationType; readonly target_id: string }[];
}

const SAC: Party = {
  side: 'chinese',
  institution: {
    id: 'sac',
    name_en: 'Standardization Administration of China',
    name_original: null,
    acronym: 'SAC',
    kind: 'national_standards_body',
    jurisdiction: 'CHN',
    notes: null,
  },
  jurisdiction: country('CHN', '142'),
};

function partnerParty(spec: Jurisdiction | PartnerSpec): Party {
  const { jurisdiction, institution, kind }: PartnerSpec =
    'jurisdiction' in spec ? spec : { jurisdiction: spec };
  const defaultKind =
    jurisdiction.kind === 'country' ? 'national_standards_body' : 'regional_standards_organisation';
  return {
    side: 'partner',
    institution: {
      id: institution ?? jurisdiction.code.toLowerCase(),
      name_en: institution ?? jurisdiction.code,
      name_original: null,
      acronym: null,
      kind: kind ?? defaultKind,
      jurisdiction: jurisdiction.code,
      notes: null,
    },
    jurisdiction,
  };
}

/** An assembled agreement: standardisation scope, verified, one partner (Germany) unless told otherwise. */
export function agreement(spec: AgreementSpec): Agreement {
  const date = spec.date === undefined ? '2017' : spec.date;
  const parties = [SAC, ...(spec.partners ?? [DEU]).map(partnerParty)];
  const partners = new Map<string, Jurisdiction>();
  for (const party of parties)
    if (party.side === 'partner') partners.set(party.jurisdiction.code, party.jurisdiction);
  return {
    id: spec.id,
    title_en: `Agreement ${spec.id}`,
    title_original: null,
    title_original_lang: null,
    type: spec.type ?? 'mou',
    scope: spec.scope ?? 'standardisation',
    signed_date: date,
    signed_date_basis: date === null ? null : 'stated',
    signed_no_later_than: spec.noLaterThan ?? null,
    status: 'in_force',
    terms: null,
    sectors: [...(spec.sectors ?? [])],
    tags: [],
    bri_framing: spec.bri ?? 'none',
    verification: spec.verification ?? 'verified',
    notes: null,
    sources: [],
    provisions: Object.entries(spec.provisions ?? {}).map(([provision, status]) => ({
      provision: provision as ProvisionCode,
      status,
      evidence: 'fixture',
      source_id: null,
    })),
    relations: (spec.relations ?? []).map((relation) => ({ ...relation, note: null })),
    signed: {
      date,
      precision: precisionOf(date),
      basis: date === null ? null : 'stated',
      year: yearOf(date),
    },
    parties,
    partners: [...partners.values()],
  };
}

export interface TallySpec {
  readonly id: string;
  readonly as_of: string;
  readonly series?: TallySeries;
  readonly documents: number | null;
  readonly partners: number | null;
}

export function tally(spec: TallySpec): TallyAggregate {
  return {
    id: spec.id,
    as_of: spec.as_of,
    series: spec.series ?? 'cumulative',
    documents: spec.documents,
    partners: spec.partners,
    qualifier: 'exact',
    claimant: 'SAMR',
    claim_text: 'fixture',
    claim_lang: 'en',
    verification: 'verified',
    notes: null,
    partners_named: [],
    sources: [],
  };
}
