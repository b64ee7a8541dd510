import {
  comparePartialDates,
  computeIndicator,
  DEFAULT_INDICATOR_FILTER,
  formatBasisRange,
  precisionOf,
  sourceKinds,
  tallyQualifiers,
  tallySeries,
  verificationLevels,
  type Agreement,
  type ByBasis,
  type IndicatorValue,
  type Lang,
  type TallyAggregate,
  type TallySeries,
} from '@sco/core';
import type { BriefData } from './brief-data.js';
import type { CountsByBasis, OfficialTallyBody, TallyCoverageBody, TallyListBody } from './body-types.js';
import { presentValues } from './present-indicator.js';

// The same bodies as the API's tallies/tallies.service.ts and tally-coverage.ts.

const LIST_LOCALES: Readonly<Record<Lang, string>> = { en: 'en', fr: 'fr', zh: 'zh-CN' };

const ATTRIBUTION: Readonly<Record<Lang, (publishers: string) => string>> = {
  en: (publishers) => `As reported by ${publishers}`,
  fr: (publishers) => `Selon ${publishers}`,
  zh: (publishers) => `据${publishers}报道`,
};

function counts(values: ByBasis<IndicatorValue>): CountsByBasis {
  return { verified: values.verified.n, verified_single: values.verified_single.n, all: values.all.n };
}

/** What the dataset documents beside a cumulative tally with a document count; null for the others. */
export function tallyCoverage(
  tally: TallyAggregate,
  agreements: readonly Agreement[],
  lang: Lang,
): TallyCoverageBody | null {
  if (tally.series !== 'cumulative' || tally.documents === null) return null;
  const outcome = computeIndicator('coverage', {
    agreements,
    tallies: [tally],
    filter: DEFAULT_INDICATOR_FILTER,
    group_by: null,
  });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  const { values, parts } = outcome.result.total;
  const part = (key: string) => {
    const found = parts.find((candidate) => candidate.key === key);
    if (!found) throw new Error(`the coverage indicator has no part "${key}"`);
    return found.values;
  };
  const partners = part('partners');
  return {
    scope: 'standardisation',
    agreements: counts(values),
    share: presentValues(values, 'share', lang),
    share_range: formatBasisRange(values, 'share', lang),
    partner_share: presentValues(partners, 'share', lang),
    partner_share_range: formatBasisRange(partners, 'share', lang),
    undated: counts(part('undated')),
    later: counts(part('later')),
  };
}

function presentTally(
  tally: TallyAggregate,
  agreements: readonly Agreement[],
  lang: Lang,
): OfficialTallyBody {
  const mirrors =
    tally.sources.length > 0 && tally.sources.every((source) => source.kind === 'mirror')
      ? [...new Set(tally.sources.map((source) => source.publisher))]
      : null;
  return {
    id: tally.id,
    as_of: tally.as_of,
    as_of_precision: precisionOf(tally.as_of),
    series: tally.series,
    series_label: tallySeries.labels[tally.series][lang],
    documents: tally.documents,
    partners: tally.partners,
    qualifier: tally.qualifier,
    qualifier_label: tallyQualifiers.labels[tally.qualifier][lang],
    claimant: tally.claimant,
    claim_text: tally.claim_text,
    claim_lang: tally.claim_lang,
    verification: tally.verification,
    verification_label: verificationLevels.labels[tally.verification][lang],
    notes: tally.notes,
    sources: tally.sources.map((source) => ({
      id: source.id,
      url: source.url,
      publisher: source.publisher,
      kind: source.kind,
      kind_label: sourceKinds.labels[source.kind][lang],
      accessed: source.accessed,
      quote: source.quote,
    })),
    mirror_only: mirrors !== null,
    as_reported_by: mirrors,
    attribution:
      mirrors === null
        ? null
        : ATTRIBUTION[lang](new Intl.ListFormat(LIST_LOCALES[lang], { type: 'conjunction' }).format(mirrors)),
    coverage: tallyCoverage(tally, agreements, lang),
  };
}

/** The body of GET /v1/tallies (optionally ?series=): oldest first, cumulative ones with their coverage. */
export function tallyListBody(data: BriefData, lang: Lang, series?: TallySeries): TallyListBody {
  const items = [...data.tallies]
    .filter((tally) => series === undefined || tally.series === series)
    .sort((a, b) => comparePartialDates(a.as_of, b.as_of) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((tally) => presentTally(tally, data.agreements, lang));
  return { release: data.release, lang, total: items.length, items };
}
