import { formatDay } from '../../i18n/format-date.js';
import type { BriefContext } from '../brief-context.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';

/** The colophon: the release, the query that produced the brief, when, the licence and how to cite. */
export function aboutBody(ctx: BriefContext, query: string, generatedAt: Date): SectionBody {
  const { m, lang, data } = ctx;
  const published = data.release.published_at === null ? '—' : formatDay(data.release.published_at, lang);
  const year =
    data.release.published_at === null
      ? String(generatedAt.getUTCFullYear())
      : data.release.published_at.slice(0, 4);
  return sectionBody(
    html`<p>${m.text.aboutRelease(data.release.id, published)}</p>
      <p>${m.text.aboutQuery} <code class="query">${query}</code></p>
      <p>${m.text.aboutGenerated(formatDay(generatedAt, lang))}</p>
      <p>${m.text.aboutLicence}</p>
      <p>${m.text.aboutCitation(data.release.id, year)}</p>`,
  );
}
