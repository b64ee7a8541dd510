import { listTallies, type Lang, type TallySeries } from '@sco/core';
import { releaseStore } from './release-store.js';
import type { BriefData } from './brief-data.js';
import type { TallyListBody } from './body-types.js';

/**
 * The bodies of a release's data, computed once per language and series and kept with the release
 * (`releaseStore`): the tallies' coverage is computed from every agreement, and every brief of the release
 * asks for the same, whichever BriefData object carries it.
 */
const bodiesOf = releaseStore<TallyListBody>();

/** The body of GET /v1/tallies (optionally ?series=): oldest first, cumulative ones with their coverage. */
export function tallyListBody(data: BriefData, lang: Lang, series?: TallySeries): TallyListBody {
  const bodies = bodiesOf(data);
  const key = `${data.release.id} ${lang} ${series ?? ''}`;
  const known = bodies.get(key);
  if (known) return known;
  const items = listTallies(data, { lang, series });
  const body = { release: data.release, lang, total: items.length, items };
  bodies.set(key, body);
  return body;
}
