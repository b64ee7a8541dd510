import { icsFields, type IcsField } from '@sco/core';
import { UnknownSubjectError } from './unknown-subject-error.js';

function isIcsField(code: string): code is IcsField {
  return (icsFields.codes as readonly string[]).includes(code);
}
import type { BriefContext } from './brief-context.js';
import { filteredContent } from './filtered.js';
import type { BriefContent } from './section.js';

/** The agreements that name one top-level ICS field. */
export function sectorContent(
  ctx: BriefContext,
  code: string,
  permalink: string,
  generatedAt: Date,
): BriefContent {
  if (!isIcsField(code)) throw new UnknownSubjectError('sector', code, ctx.data.release.id);
  const sector = code;
  const name = `${sector} ${icsFields.labels[sector][ctx.lang]}`;
  return filteredContent(
    ctx,
    {
      filter: { sector: [sector] },
      subjectName: name,
      title: ctx.m.titles.sector(name),
      subtitle: ctx.m.subtitles.sector,
    },
    permalink,
    generatedAt,
  );
}
