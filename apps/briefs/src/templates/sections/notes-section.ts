import type { BriefContext } from '../brief-context.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';

/** The endnotes: every source cited in the brief, numbered in order of first citation. */
export function notesBody(ctx: BriefContext): SectionBody {
  return sectionBody(html`<p>${ctx.m.text.notesIntro}</p>`, ctx.notes.list(ctx.lang, ctx.m));
}
