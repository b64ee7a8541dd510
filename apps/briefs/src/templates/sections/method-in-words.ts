import { shortFormFor } from '../../i18n/short-form.js';
import type { BriefContext } from '../brief-context.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';

/** The short brief's method: one page told to a reader, each paragraph opened by what it answers. */
export function methodInWordsBody(ctx: BriefContext): SectionBody {
  const [first, ...others] = shortFormFor(ctx.lang).method.map(
    // No space after a Chinese lead's "。".
    (part) =>
      html`<p class="method"><strong>${part.lead}</strong>${ctx.lang === 'zh' ? '' : ' '}${part.text}</p>`,
  );
  return sectionBody(html`${first ?? ''}`, html`${others}`);
}
