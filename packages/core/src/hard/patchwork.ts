import type { Agreement } from '../dataset/assemble.js';
import { herfindahl } from '../indicators/hhi.js';
import type { InstitutionKind } from '../vocabulary/institution-kind.js';
import type { VerificationBasis } from '../vocabulary/verification.js';
import { softAgreements } from './soft-by-partner.js';

/** Periods of the patchwork: before the Belt and Road launch, to 2019, since 2020, and undated. */
export const PATCHWORK_PERIODS = ['-2012', '2013-2019', '2020-', 'undated'] as const;
export type PatchworkPeriod = (typeof PATCHWORK_PERIODS)[number];

export function patchworkPeriod(year: number | null): PatchworkPeriod {
  if (year === null) return 'undated';
  if (year <= 2012) return '-2012';
  return year <= 2019 ? '2013-2019' : '2020-';
}

export interface SignatoryCount {
  readonly institution_id: string;
  readonly name_en: string;
  readonly acronym: string | null;
  readonly agreements: number;
}

export interface MultilateralShare {
  readonly period: PatchworkPeriod;
  readonly multilateral: number;
  readonly agreements: number;
  readonly share: number | null;
}

export interface YearConcentration {
  readonly year: number;
  /** HHI Σ s² over Chinese signatories; each agreement gives one pair to each of its Chinese parties. */
  readonly hhi: number | null;
  readonly agreements: number;
  readonly signatories: number;
}

export interface PatchworkResult {
  readonly n: number;
  readonly by_chinese_body: readonly SignatoryCount[];
  readonly by_partner_kind: readonly { readonly kind: InstitutionKind; readonly agreements: number }[];
  readonly multilateral: readonly MultilateralShare[];
  readonly concentration: readonly YearConcentration[];
}

/** An agreement is multilateral when it has partners in more than one jurisdiction. */
export function isMultilateral(agreement: Agreement): boolean {
  return agreement.partners.length > 1;
}

/** Who signs with whom: agreements by Chinese body and by partner body kind, multilateral share, HHI by year. */
export function patchwork(agreements: readonly Agreement[], basis: VerificationBasis): PatchworkResult {
  const list = softAgreements(agreements, basis);
  const bodies = new Map<string, SignatoryCount>();
  const kinds = new Map<InstitutionKind, number>();
  const periods = new Map<PatchworkPeriod, { multilateral: number; agreements: number }>();
  const years = new Map<number, Map<string, number>>();
  for (const agreement of list) {
    const chinese = new Map(
      agreement.parties.filter((p) => p.side === 'chinese').map((p) => [p.institution.id, p.institution]),
    );
    for (const institution of chinese.values()) {
      const current = bodies.get(institution.id);
      bodies.set(institution.id, {
        institution_id: institution.id,
        name_en: institution.name_en,
        acronym: institution.acronym,
        agreements: (current?.agreements ?? 0) + 1,
      });
    }
    const partnerKinds = new Set(
      agreement.parties.filter((p) => p.side === 'partner').map((p) => p.institution.kind),
    );
    for (const kind of partnerKinds) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    const period = patchworkPeriod(agreement.signed.year);
    const counts = periods.get(period) ?? { multilateral: 0, agreements: 0 };
    periods.set(period, {
      multilateral: counts.multilateral + (isMultilateral(agreement) ? 1 : 0),
      agreements: counts.agreements + 1,
    });
    const year = agreement.signed.year;
    if (year !== null) {
      const own = years.get(year) ?? new Map<string, number>();
      for (const id of chinese.keys()) own.set(id, (own.get(id) ?? 0) + 1);
      own.set('', (own.get('') ?? 0) + 1);
      years.set(year, own);
    }
  }
  return {
    n: list.length,
    by_chinese_body: [...bodies.values()].sort(
      (a, b) => b.agreements - a.agreements || a.institution_id.localeCompare(b.institution_id),
    ),
    by_partner_kind: [...kinds.entries()]
      .map(([kind, count]) => ({ kind, agreements: count }))
      .sort((a, b) => b.agreements - a.agreements || a.kind.localeCompare(b.kind)),
    multilateral: PATCHWORK_PERIODS.map((period) => {
      const counts = periods.get(period) ?? { multilateral: 0, agreements: 0 };
      return {
        period,
        ...counts,
        share: counts.agreements === 0 ? null : counts.multilateral / counts.agreements,
      };
    }),
    concentration: [...years.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, counts]) => {
        const total = counts.get('') ?? 0;
        const signatories = [...counts.entries()].filter(([id]) => id !== '');
        return {
          year,
          hhi: herfindahl(signatories.map(([, count]) => count)),
          agreements: total,
          signatories: signatories.length,
        };
      }),
  };
}
