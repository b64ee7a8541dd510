import { icsFields, type IcsField } from '@sco/core';
import type { BriefContext } from './brief-context.js';
import { filteredContent } from './filtered.js';
import type { BriefContent } from './section.js';

/** The agreements that name one top-level ICS field. */
export function sectorContent(
  ctx: BriefContext,
  sector: IcsField,
  query: string,
  generatedAt: Date,
): BriefContent {
  const name = `${sector} ${icsFields.labels[sector][ctx.lang]}`;
  return filteredContent(
    ctx,
    {
      filter: { sector: [sector] },
      subjectName: name,
      title: ctx.m.titles.sector(name),
      subtitle: ctx.m.subtitles.sector,
    },
    query,
    generatedAt,
  );
}
