import type { BriefContext } from '../brief-context.js';
import { html, type SafeHtml } from '../html.js';

/** The endnotes: every source cited in the brief, numbered in order of first citation. */
export function notesBody(ctx: BriefContext): SafeHtml {
  return html`<p>${ctx.m.text.notesIntro}</p>
    ${ctx.notes.list(ctx.lang, ctx.m)}`;
}
