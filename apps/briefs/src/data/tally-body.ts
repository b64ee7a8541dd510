import { listTallies, type Lang, type TallySeries } from '@sco/core';
import type { BriefData } from './brief-data.js';
import type { TallyListBody } from './body-types.js';

/**
 * The bodies of a release's data, computed once per language and series: the tallies' coverage is computed
 * from every agreement (tens of milliseconds), and every brief of the release asks for the same.
 */
const computed = new WeakMap<BriefData, Map<string, TallyListBody>>();

/** The body of GET /v1/tallies (optionally ?series=): oldest first, cumulative ones with their coverage. */
export function tallyListBody(data: BriefData, lang: Lang, series?: TallySeries): TallyListBody {
  let bodies = computed.get(data);
  if (!bodies) {
    bodies = new Map();
    computed.set(data, bodies);
  }
  const key = `${lang} ${series ?? ''}`;
  const known = bodies.get(key);
  if (known) return known;
  const items = listTallies(data, { lang, series });
  const body = { release: data.release, lang, total: items.length, items };
  bodies.set(key, body);
  return body;
}
