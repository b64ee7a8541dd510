import { relationTypes, type Agreement } from '@sco/core';
import { agreementTitle, signedText } from '../agreement-text.js';
import type { BriefContext } from '../brief-context.js';
import { html, type SafeHtml } from '../html.js';

/**
 * The lineage of a set of agreements: every relation from or to one of them (renews, extends, replaces,
 * implements), with the other agreement named and dated.
 */
export function lineageBody(ctx: BriefContext, agreements: readonly Agreement[]): SafeHtml {
  const { m, lang } = ctx;
  const byId = new Map(ctx.data.agreements.map((agreement) => [agreement.id, agreement]));
  const ids = new Set(agreements.map((agreement) => agreement.id));
  const links = ctx.data.agreements.flatMap((from) =>
    from.relations.flatMap((relation) => {
      const to = byId.get(relation.target_id);
      if (!to || (!ids.has(from.id) && !ids.has(to.id))) return [];
      return [{ from, to, relation }];
    }),
  );
  if (links.length === 0)
    return html`<p>${m.text.lineageIntro}</p>
      <p class="empty">${m.text.lineageNone}</p>`;
  return html`<p>${m.text.lineageIntro}</p>
    <ul class="lineage">
      ${links.map(
        ({ from, to, relation }) =>
          html`<li>
            <span class="from">${agreementTitle(from)} — ${signedText(from, lang, m)}</span
            >${ctx.notes.refs(from.sources)}
            <span class="relation">${relationTypes.labels[relation.relation][lang]}</span>
            <span class="to">${agreementTitle(to)} — ${signedText(to, lang, m)}</span>${
              relation.note ? html` <span class="note">${relation.note}</span>` : ''
            }
          </li>`,
      )}
    </ul>`;
}
