import {
  findCountry,
  hardTotal,
  isAdjacentScope,
  partnerIndex,
  quadrants,
  softHardCorrelation,
  type Lang,
  type QuadrantsResult,
  type RankCorrelation,
} from '@sco/core';
import type { BriefData } from './brief-data.js';

/** One partner country in the investment data: its agreements and Chinese investment and construction. */
export interface SoftHardPoint {
  readonly code: string;
  readonly name: string;
  readonly agreements: number;
  readonly hard_usd_m: number;
}

/** Soft against hard connectivity across partners, as the brief reports it, with the tracker's citation. */
export interface SoftHardBody {
  /** Every partner in the investment data (no agreement = 0), documented agreements. */
  readonly all: RankCorrelation;
  /** The same on verified agreements only. */
  readonly verified: RankCorrelation;
  /** Partners with at least one documented agreement. */
  readonly withAgreement: RankCorrelation;
  readonly quadrants: QuadrantsResult;
  readonly points: readonly SoftHardPoint[];
  /** The sources' citations, as their rows give them (one per edition). */
  readonly citations: readonly string[];
  readonly firstYear: number;
  readonly lastYear: number;
}

/** A country's name in the language: the data's own where it is a partner, else the ISO name. */
export function countryNameOf(data: BriefData, lang: Lang): (code: string) => string {
  const index = partnerIndex(data.agreements);
  return (code) => index.get(code)?.jurisdiction.names[lang] ?? findCountry(code)?.names[lang] ?? code;
}

type Correlations = Pick<SoftHardBody, 'all' | 'verified' | 'withAgreement'>;

/** The correlations of a release's data, computed once (the bootstrap and permutations take a while). */
const computed = new WeakMap<BriefData['dataset'], Correlations>();

function correlationsOf(data: BriefData): Correlations {
  const known = computed.get(data.dataset);
  if (known) return known;
  const hard = data.dataset.tables.hard_connectivity;
  const of = (basis: 'all' | 'verified', population: 'all_partners' | 'with_agreement') =>
    softHardCorrelation(data.agreements, hard, basis, population, 'agreements');
  const result = {
    all: of('all', 'all_partners'),
    verified: of('verified', 'all_partners'),
    withAgreement: of('all', 'with_agreement'),
  };
  computed.set(data.dataset, result);
  return result;
}

/**
 * The brief's soft-hard figures from core's indicators (documented agreements of standardisation scope
 * against total investment and construction), or null when the release has no investment data.
 */
export function softHardBody(data: BriefData, lang: Lang): SoftHardBody | null {
  const hard = data.dataset.tables.hard_connectivity;
  if (hard.length === 0) return null;
  const correlations = correlationsOf(data);
  const quads = quadrants(data.agreements, hard, 'all');
  const nameOf = countryNameOf(data, lang);
  const points = Object.values(quads.quadrants)
    .flat()
    .map((p) => ({
      code: p.partner,
      name: nameOf(p.partner),
      agreements: p.agreements,
      hard_usd_m: p.hard_usd_m,
    }))
    .sort((a, b) => b.hard_usd_m - a.hard_usd_m || a.code.localeCompare(b.code));
  const years = hard.filter((row) => hardTotal(row) > 0).map((row) => row.year);
  return {
    ...correlations,
    quadrants: quads,
    points,
    citations: [...new Set(hard.map((row) => row.source_citation))],
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
  };
}

/** One partner's agreements (documented, standardisation scope, by year) and investment by year. */
export interface PartnerSeries {
  readonly years: readonly number[];
  readonly agreements: ReadonlyMap<number, number>;
  readonly hard_usd_m: ReadonlyMap<number, number>;
  readonly citations: readonly string[];
  /** The last year of the investment data (every partner's): later years have no investment recorded. */
  readonly trackerLastYear: number;
}

/** A partner's two series on one time axis, or null when the investment data has nothing on it. */
export function partnerSeries(data: BriefData, code: string): PartnerSeries | null {
  const rows = data.dataset.tables.hard_connectivity.filter((row) => row.partner === code);
  if (rows.length === 0) return null;
  const hard = new Map<number, number>();
  for (const row of rows) hard.set(row.year, (hard.get(row.year) ?? 0) + hardTotal(row));
  const agreements = new Map<number, number>();
  for (const agreement of data.agreements) {
    if (isAdjacentScope(agreement.scope) || agreement.signed.year === null) continue;
    if (!agreement.partners.some((partner) => partner.code === code)) continue;
    agreements.set(agreement.signed.year, (agreements.get(agreement.signed.year) ?? 0) + 1);
  }
  const known = [...hard.keys(), ...agreements.keys()];
  const first = Math.min(...known);
  const last = Math.max(...known);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return {
    years,
    agreements,
    hard_usd_m: hard,
    citations: [...new Set(rows.map((row) => row.source_citation))],
    trackerLastYear: Math.max(...data.dataset.tables.hard_connectivity.map((row) => row.year)),
  };
}
