import { getIndicator } from '@sco/core';
import type { BriefContext } from '../brief-context.js';
import { html, type SafeHtml } from '../html.js';

/** How the figures are made: the data, verification, scope, dates, tallies and each indicator used. */
export function methodologyBody(ctx: BriefContext, indicators: readonly string[]): SafeHtml {
  const { m, lang } = ctx;
  return html`<p>${m.text.methodologyData}</p>
    <p>${m.text.methodologyVerification}</p>
    <p>${m.text.methodologyScope}</p>
    <p>${m.text.methodologyDates}</p>
    <p>${m.text.methodologyTallies}</p>
    <p>${m.text.methodologyIndicators}</p>
    <dl class="indicators">
      ${indicators.map((id) => {
        const indicator = getIndicator(id);
        return html`<div class="indicator">
          <dt>${indicator.title[lang]}</dt>
          <dd>${indicator.definition[lang]} ${indicator.methodology[lang]}</dd>
        </div>`;
      })}
    </dl>`;
}
