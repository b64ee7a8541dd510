import { listTallies, type Lang, type TallySeries } from '@sco/core';
import type { BriefData } from './brief-data.js';
import type { TallyListBody } from './body-types.js';

/** The body of GET /v1/tallies (optionally ?series=): oldest first, cumulative ones with their coverage. */
export function tallyListBody(data: BriefData, lang: Lang, series?: TallySeries): TallyListBody {
  const items = listTallies(data, { lang, series });
  return { release: data.release, lang, total: items.length, items };
}
