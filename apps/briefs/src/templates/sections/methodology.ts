import { getIndicator } from '@sco/core';
import { coreText } from '../../i18n/core-text.js';
import { sentenceGap } from '../../i18n/sentences.js';
import type { BriefContext } from '../brief-context.js';
import { typesetFormula } from '../formula.js';
import { html } from '../html.js';
import { methodologyParts, sharedRules } from '../methodology-parts.js';
import { sectionBody, type SectionBody } from '../section.js';

/**
 * How the figures are made: the data, verification, scope, dates and tallies; the counting rules the
 * indicators share, stated once; then each indicator used with its definition and its own method.
 */
export function methodologyBody(ctx: BriefContext, indicators: readonly string[]): SectionBody {
  const { m, lang } = ctx;
  const used = indicators.map((id) => getIndicator(id));
  const [first, ...others] = used.map((indicator) => {
    const { own } = methodologyParts(indicator, lang);
    return html`<div class="indicator">
      <dt>${indicator.title[lang]}</dt>
      <dd>
        ${coreText(indicator.definition[lang], lang)}${
          own === '' ? '' : html`${sentenceGap(lang)}${typesetFormula(coreText(own, lang))}`
        }
      </dd>
    </div>`;
  });
  const [firstRule, ...otherRules] = sharedRules(used, lang).map(
    (rule) => html`<p>${coreText(rule[lang], lang)}</p>`,
  );
  return sectionBody(
    html`<p>${m.text.methodologyData}</p>`,
    html`${m.text.titlesNote === null ? '' : html`<p>${m.text.titlesNote}</p>`}
      <p>${m.text.methodologyVerification}</p>
      <p>${m.text.methodologyScope}</p>
      <p>${m.text.methodologyDates}</p>
      <p>${m.text.methodologyTallies}</p>
      <div class="subsection">
        <h2>${m.text.methodologyRules}</h2>
        ${firstRule}
      </div>
      ${otherRules}
      <div class="subsection">
        <h2>${m.text.methodologyIndicators}</h2>
        <dl class="indicators">${first}</dl>
      </div>
      <dl class="indicators">${others}</dl>`,
  );
}
