import { dataLabel, relationTypes, type Agreement } from '@sco/core';
import { agreementTitle, signedText } from '../agreement-text.js';
import type { BriefContext } from '../brief-context.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';

/**
 * The lineage of a set of agreements: every relation from or to one of them (renews, extends, replaces,
 * implements), with the other agreement named and dated: one agreement on a line, the relation and the other
 * on the next, and the relation's note, if any, on a line of its own (in the brief's language where the data
 * has a label for it).
 */
export function lineageBody(ctx: BriefContext, agreements: readonly Agreement[]): SectionBody {
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
    return sectionBody(
      html`<p>${m.text.lineageIntro}</p>
        <p class="empty">${m.text.lineageNone}</p>`,
    );
  return sectionBody(
    html`<p>${m.text.lineageIntro}</p>`,
    html`<ul class="lineage">
      ${links.map(
        ({ from, to, relation }) =>
          html`<li>
            <p class="from">
              ${agreementTitle(from, lang)} —
              <span class="nowrap">${signedText(from, lang, m)}</span>${ctx.notes.refs(from.sources)}
            </p>
            <p class="to">
              <span class="relation">${relationTypes.labels[relation.relation][lang]}</span>
              ${agreementTitle(to, lang)} — <span class="nowrap">${signedText(to, lang, m)}</span>
            </p>
            ${
              relation.note
                ? html`<p class="relation-note">
                    <span class="label">${m.text.relationNote}</span>
                    <span dir="auto">${dataLabel(relation.note, lang)}</span>
                  </p>`
                : ''
            }
          </li>`,
      )}
    </ul>`,
  );
}
