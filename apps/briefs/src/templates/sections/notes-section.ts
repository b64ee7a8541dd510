import { shortFormFor } from '../../i18n/short-form.js';
import type { BriefContext } from '../brief-context.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';

/** The endnotes: every source cited in the brief, numbered in order of first citation. */
export function notesBody(ctx: BriefContext): SectionBody {
  // A short brief that cites no source (its tables of agreements are in the report) says where they are.
  if (ctx.notes.size === 0) return sectionBody(html`<p>${shortFormFor(ctx.lang).noSourcesCited}</p>`);
  return sectionBody(html`<p>${ctx.m.text.notesIntro}</p>`, ctx.notes.list(ctx.lang, ctx.m));
}
