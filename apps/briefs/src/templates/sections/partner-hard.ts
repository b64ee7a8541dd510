import { formatNumber } from '@sco/core';
import { partnerSeries } from '../../data/soft-hard-body.js';
import { sentences } from '../../i18n/sentences.js';
import { softHardTextsFor } from '../../i18n/soft-hard-texts.js';
import { trackerCitation } from '../../i18n/tracker-citation.js';
import type { BriefContext } from '../brief-context.js';
import { twoSeriesSvg } from '../charts/two-series-svg.js';
import { drawnFigure } from '../figure.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';

/**
 * A partner's Chinese investment and construction and its agreements on one time axis, or null when the
 * investment data has nothing on the partner.
 */
export function partnerHardSection(
  ctx: BriefContext,
  code: string,
  name: string,
): { title: string; body: SectionBody } | null {
  const { lang } = ctx;
  const series = partnerSeries(ctx.data, code);
  if (series === null) return null;
  const t = softHardTextsFor(lang);
  const total = formatNumber(
    [...series.hard_usd_m.values()].reduce((sum, value) => sum + value, 0),
    lang,
  );
  const hardYears = [...series.hard_usd_m.keys()];
  const dated = [...series.agreements.values()].reduce((sum, value) => sum + value, 0);
  return {
    title: t.partnerTitle,
    body: sectionBody(
      html`<p>
          ${sentences(ctx.lang, [
            t.partnerIntro(name, total, Math.min(...hardYears), Math.max(...hardYears)),
            (series.years.at(-1) ?? 0) > series.trackerLastYear ? t.partnerAfter(series.trackerLastYear) : '',
          ])}
        </p>
        ${drawnFigure(ctx, {
          chart: twoSeriesSvg({
            years: series.years,
            upper: series.hard_usd_m,
            upperTitle: t.partnerUpper,
            lower: series.agreements,
            lowerTitle: t.partnerLower,
            lang,
          }),
          caption: t.partnerCaption(name),
          alt: t.partnerAlt(name, total, formatNumber(dated, lang)),
          sources: series.citations.map((citation) => trackerCitation(citation, lang)),
        })}`,
    ),
  };
}
