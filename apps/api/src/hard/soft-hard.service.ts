import {
  HARD_CAVEATS,
  jurisdictionResolver,
  POPULATIONS,
  QUADRANTS,
  quadrants,
  sequence,
  SEQUENCE_WINDOW,
  LARGE_DEAL_USD_M,
  SOFT_MEASURES,
  softHardCorrelations,
  VERIFICATION_BASES,
  type Lang,
  type SoftHardCorrelations,
  type VerificationBasis,
} from '@sco/core';
import type { z } from '../openapi/zod.js';
import type { LoadedDataset } from '../reading/dataset-cache.js';
import { hardSources } from './hard-citation.js';
import { cutPointsText, HARD_MEASURE, QUADRANT_LABELS } from './soft-hard-labels.js';
import type { softHardSchema } from './soft-hard.schemas.js';

type SoftHardBody = Omit<z.output<typeof softHardSchema>, 'release'>;

// The bootstrap and permutations take a while: computed once per loaded state (a release never changes).
const computed = new WeakMap<LoadedDataset, SoftHardCorrelations>();

function correlationsOf(data: LoadedDataset): SoftHardCorrelations {
  let result = computed.get(data);
  if (!result) {
    result = softHardCorrelations(data.agreements, data.dataset.tables.hard_connectivity);
    computed.set(data, result);
  }
  return result;
}

/** Soft vs hard connectivity: ρ at every basis and population, the sequence and the quadrants at `basis`. */
export function softHardBody(data: LoadedDataset, lang: Lang, basis: VerificationBasis): SoftHardBody {
  const hard = data.dataset.tables.hard_connectivity;
  const resolve = jurisdictionResolver(data.dataset.tables.organisations);
  const name = (code: string) => resolve(code)?.names[lang] ?? code;
  const all = correlationsOf(data);
  const correlations = VERIFICATION_BASES.flatMap((b) =>
    POPULATIONS.flatMap((population) =>
      SOFT_MEASURES.map((measure) => ({ basis: b, population, measure, ...all[b][population][measure] })),
    ),
  );
  const order = sequence(data.agreements, hard, basis);
  const quad = quadrants(data.agreements, hard, basis);
  return {
    lang,
    hard_measure: HARD_MEASURE[lang],
    headline: {
      basis: 'all',
      population: 'all_partners',
      measure: 'agreements',
      ...all.all.all_partners.agreements,
    },
    correlations,
    sequence: {
      basis,
      n: order.n,
      after: order.after,
      same_year: order.same_year,
      before: order.before,
      share_after: order.share_after,
      median_ratio: order.median_ratio,
      ratio_n: order.ratio_n,
      window_years: SEQUENCE_WINDOW,
      large_deal_usd_m: LARGE_DEAL_USD_M,
      coverage: order.coverage,
      partners: order.partners.map((p) => ({ name: name(p.partner), ...p })),
    },
    quadrants: {
      basis,
      n: quad.n,
      soft_cut: quad.soft_cut,
      hard_cut: quad.hard_cut,
      cut_points: cutPointsText(quad.soft_cut, quad.hard_cut, lang),
      quadrants: QUADRANTS.map((quadrant) => ({
        quadrant,
        label: QUADRANT_LABELS[quadrant][lang],
        partners: [...quad.quadrants[quadrant]]
          .sort((a, b) => b.hard_usd_m - a.hard_usd_m || a.partner.localeCompare(b.partner))
          .map((p) => ({
            partner: p.partner,
            name: name(p.partner),
            agreements: p.agreements,
            hard_usd_m: p.hard_usd_m,
          })),
      })),
    },
    caveats: HARD_CAVEATS.map((caveat) => caveat[lang]),
    sources: hardSources(hard),
  };
}
