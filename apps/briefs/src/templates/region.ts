import { areaName, type RegionCode } from '@sco/core';
import type { BriefContext } from './brief-context.js';
import { filteredContent } from './filtered.js';
import type { BriefContent } from './section.js';

/** The agreements with the partners of one UN M49 region (or the global organisations). */
export function regionContent(
  ctx: BriefContext,
  region: RegionCode,
  query: string,
  generatedAt: Date,
): BriefContent {
  const name = areaName(region, ctx.lang);
  return filteredContent(
    ctx,
    {
      filter: { region: [region] },
      subjectName: name,
      title: ctx.m.titles.region(name),
      subtitle: ctx.m.subtitles.region,
      region,
    },
    query,
    generatedAt,
  );
}
