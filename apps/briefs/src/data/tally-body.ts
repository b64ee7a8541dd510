import {
  comparedWithData,
  coverageByBasis,
  DEFAULT_INDICATOR_FILTER,
  presentTally,
  presentTallyCoverage,
  selectTallies,
  type Lang,
  type TallySeries,
} from '@sco/core';
import { releaseStore } from './release-store.js';
import type { BriefData } from './brief-data.js';
import type { TallyListBody } from './body-types.js';
import { keptTallyCoverage } from './kept-results.js';

/**
 * The bodies of a release's data, computed once per language and series and kept with the release
 * (`releaseStore`): every brief of the release asks for the same, whichever BriefData object carries it.
 */
const bodiesOf = releaseStore<TallyListBody>();

/**
 * The body of GET /v1/tallies (optionally ?series=): oldest first, cumulative ones with their coverage — the
 * coverage indicator against each (`keptTallyCoverage`: counted by the loader, or computed once) and its
 * bounds, as core's presenter gives them.
 */
export function tallyListBody(data: BriefData, lang: Lang, series?: TallySeries): TallyListBody {
  const bodies = bodiesOf(data);
  const key = `${data.release.id} ${lang} ${series ?? ''}`;
  const known = bodies.get(key);
  if (known) return known;
  const items = selectTallies(data.tallies, { lang, series }).map((tally) =>
    presentTally(
      tally,
      comparedWithData(tally)
        ? presentTallyCoverage(
            tally,
            keptTallyCoverage(data, tally, DEFAULT_INDICATOR_FILTER),
            coverageByBasis(data.agreements, tally.as_of),
            lang,
          )
        : null,
      lang,
    ),
  );
  const body = { release: data.release, lang, total: items.length, items };
  bodies.set(key, body);
  return body;
}
