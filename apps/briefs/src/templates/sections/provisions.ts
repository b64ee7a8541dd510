import { provisions, provisionStatuses, type Agreement } from '@sco/core';
import { agreementTitle, signedText, unquoted } from '../agreement-text.js';
import type { BriefContext } from '../brief-context.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';
import { cjkEnd } from '../source-display.js';
import { dataTable } from '../table.js';

/**
 * The coded provisions of a set of agreements: how many of the coded agreements have each provision, then,
 * agreement by agreement, each coding with the passage that justifies it and its source.
 */
export function provisionsBody(ctx: BriefContext, agreements: readonly Agreement[]): SectionBody {
  const { m, lang } = ctx;
  const coded = agreements.filter((agreement) => agreement.provisions.length > 0);
  if (coded.length === 0)
    return sectionBody(
      html`<p>${m.text.provisionsIntro}</p>
        <p class="empty">${m.text.provisionsNone}</p>`,
    );
  const sourcesById = new Map(
    agreements.flatMap((agreement) => agreement.sources.map((source) => [source.id, source])),
  );
  const rows = provisions.codes.map((code) => {
    const present = coded.filter((agreement) =>
      agreement.provisions.some((item) => item.provision === code && item.status === 'present'),
    ).length;
    const codedFor = coded.filter((agreement) =>
      agreement.provisions.some((item) => item.provision === code),
    ).length;
    return [
      provisions.labels[code][lang],
      codedFor === 0 ? m.text.provisionNotCoded : `${present} / ${codedFor}`,
    ];
  });
  const details = coded.map(
    (agreement) =>
      html`<div class="coding">
        <p class="coding-title">
          ${agreementTitle(agreement, ctx.lang)} —
          <span class="nowrap">${signedText(agreement, lang, m)}</span>
        </p>
        <ul>
          ${agreement.provisions.map((item) => {
            const source = item.source_id === null ? undefined : sourcesById.get(item.source_id);
            const coding = m.text.labelled(
              provisions.labels[item.provision][lang],
              provisionStatuses.labels[item.status][lang],
            );
            return html`<li>
              <span class="coding-status ${item.status}">${coding}</span> —
              <q class="evidence${cjkEnd(unquoted(item.evidence))}" dir="auto">${unquoted(item.evidence)}</q
              >${source ? ctx.notes.refs([source]) : ''}
            </li>`;
          })}
        </ul>
      </div>`,
  );
  return sectionBody(
    html`<p>${m.text.provisionsIntro}</p>`,
    html`${dataTable(ctx, {
      caption: m.captions.provisionMatrix,
      columns: [
        { label: m.columns.provision, width: '70%' },
        { label: m.columns.coded, numeric: true },
      ],
      rows,
    })}
    ${details}`,
  );
}
