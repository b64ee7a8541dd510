import { areaName, isRegionCode } from '@sco/core';
import { UnknownSubjectError } from './unknown-subject-error.js';
import type { BriefContext } from './brief-context.js';
import { filteredContent } from './filtered.js';
import type { BriefContent } from './section.js';

/** The agreements with the partners of one UN M49 region (or the global organisations). */
export function regionContent(
  ctx: BriefContext,
  code: string,
  permalink: string,
  generatedAt: Date,
): BriefContent {
  if (!isRegionCode(code)) throw new UnknownSubjectError('region', code, ctx.data.release.id);
  const region = code;
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
    permalink,
    generatedAt,
  );
}
