import { dataLabel } from '../i18n/data-labels.js';
import { publisherLabel } from '../i18n/publisher-label.js';
import type { TallyAggregate } from '../dataset/aggregates.js';
import type { Lang } from '../i18n/lang.js';
import { comparePartialDates, precisionOf } from '../model/partial-date.js';
import { sourceKinds } from '../vocabulary/source-kind.js';
import { tallyQualifiers, tallySeries, type TallySeries } from '../vocabulary/tally-series.js';
import { verificationLevels } from '../vocabulary/verification.js';
import { spaceCjk } from '../i18n/space-cjk.js';
import { intlLocale } from './intl-locale.js';
import type { ReleaseData } from './release-data.js';
import type { OfficialTallyBody, TallyCoverageBody } from './tally-bodies.js';
import { tallyCoverage } from './tally-coverage.js';

const ATTRIBUTION: Readonly<Record<Lang, (publishers: string) => string>> = {
  en: (publishers) => `As reported by ${publishers}`,
  fr: (publishers) => `Selon ${publishers}`,
  // A publisher named in Latin letters is spaced from the Chinese by the one rule (decision 0027).
  zh: (publishers) => spaceCjk(`据${publishers}报道`),
};

/** Whether a tally is known only from mirrors and reposts. */
function mirrorOnly(tally: TallyAggregate): boolean {
  return tally.sources.length > 0 && tally.sources.every((source) => source.kind === 'mirror');
}

/** An official tally in a language, with its sources and, for a cumulative one, the coverage beside it. */
export function presentTally(
  tally: TallyAggregate,
  coverage: TallyCoverageBody | null,
  lang: Lang,
): OfficialTallyBody {
  const mirrors = mirrorOnly(tally) ? [...new Set(tally.sources.map((source) => source.publisher))] : null;
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
    claimant_label: dataLabel(tally.claimant, lang),
    claim_text: tally.claim_text,
    claim_lang: tally.claim_lang,
    verification: tally.verification,
    verification_label: verificationLevels.labels[tally.verification][lang],
    notes: tally.notes,
    sources: tally.sources.map((source) => ({
      id: source.id,
      url: source.url,
      publisher: source.publisher,
      publisher_label: publisherLabel(source.publisher, lang),
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
        : ATTRIBUTION[lang](
            new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }).format([
              ...new Set(mirrors.map((publisher) => publisherLabel(publisher, lang))),
            ]),
          ),
    coverage,
  };
}

export interface TallyQuery {
  /** Only the tallies of this series. */
  readonly series?: TallySeries | undefined;
  readonly lang: Lang;
}

/** The tallies a query asks for, oldest first. */
export function selectTallies<T extends TallyAggregate>(tallies: readonly T[], query: TallyQuery): T[] {
  return tallies
    .filter((tally) => query.series === undefined || tally.series === query.series)
    .sort((a, b) => comparePartialDates(a.as_of, b.as_of) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The official tallies of a release, oldest first, each cumulative one with the coverage beside it. */
export function listTallies(data: ReleaseData, query: TallyQuery): OfficialTallyBody[] {
  return selectTallies(data.tallies, query).map((tally) =>
    presentTally(tally, tallyCoverage(tally, data.agreements, query.lang), query.lang),
  );
}
