import { aboutTextsFor } from '../../i18n/about-texts.js';
import { formatDay } from '../../i18n/format-date.js';
import { sentences } from '../../i18n/sentences.js';
import type { BriefContext } from '../brief-context.js';
import { html, safeLinkUrl } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';
import { breakableUrl } from '../source-display.js';

/**
 * The colophon: the release, who publishes the brief and answers for it, the contact, the disclaimer (the
 * map's boundaries among it), the licence, how to cite it, and its permalink: the address that gives this
 * brief again, from the same release (broken as a source's address is: never after a hyphen, never inside "https").
 */
export function aboutBody(
  ctx: BriefContext,
  permalink: string,
  generatedAt: Date,
  title: string,
): SectionBody {
  const { m, lang, data } = ctx;
  const about = aboutTextsFor(lang);
  const published = data.release.published_at === null ? '—' : formatDay(data.release.published_at, lang);
  const generated = formatDay(generatedAt, lang);
  const year =
    data.release.published_at === null
      ? String(generatedAt.getUTCFullYear())
      : data.release.published_at.slice(0, 4);
  const href = safeLinkUrl(permalink);
  const shown = breakableUrl(permalink);
  return sectionBody(
    html`<p>${about.publisher}</p>
      <p>${about.responsibility}</p>
      <p>${about.contact}</p>`,
    html`<p>
        ${sentences(lang, [m.text.aboutRelease(data.release.id, published), m.text.aboutGenerated(generated)])}
      </p>
      <p class="disclaimer">${about.disclaimer}</p>
      <p>${m.text.aboutLicence}</p>
      <div class="cite">
        <p>${about.cite(title, data.release.id, generated, year)}</p>
        <p>
          ${about.again}
          <span class="permalink">${href === null ? shown : html`<a href="${href}">${shown}</a>`}</span>
        </p>
      </div>`,
  );
}
