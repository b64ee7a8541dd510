import {
  agreementTypes,
  bySignedDate,
  scopes,
  selectAgreements,
  verificationLevels,
  DEFAULT_INDICATOR_FILTER,
  type Agreement,
  type IndicatorFilter,
} from '@sco/core';
import { agreementTitle, partnerNames, presentProvisions, signedText } from '../agreement-text.js';
import { formatPartialDate } from '../../i18n/format-date.js';
import type { BriefContext } from '../brief-context.js';
import { html, type SafeHtml } from '../html.js';
import { dataTable } from '../table.js';

/** The agreements a filter keeps, on all rows (every verification level), oldest first. */
export function agreementsOf(ctx: BriefContext, filter: Partial<IndicatorFilter>): Agreement[] {
  return selectAgreements(ctx.data.agreements, { ...DEFAULT_INDICATOR_FILTER, ...filter })
    .items.map((item) => item.agreement)
    .sort(bySignedDate);
}

/**
 * Notable agreements: the verified ones with the most provisions coded present, then the most recent,
 * shown oldest first.
 */
export function notableAgreements(agreements: readonly Agreement[], count: number): Agreement[] {
  return agreements
    .filter((agreement) => agreement.verification === 'verified')
    .sort((a, b) => presentProvisions(b) - presentProvisions(a) || bySignedDate(b, a))
    .slice(0, count)
    .sort(bySignedDate);
}

/**
 * When an agreement was signed, its date on one line ("2009 年 10 月 25 日", never "25" and "日" apart in a
 * narrow column); what follows it ("(inferred)") may go to the next.
 */
function signedCell(agreement: Agreement, ctx: BriefContext): SafeHtml | string {
  const text = signedText(agreement, ctx.lang, ctx.m);
  const date = formatPartialDate(agreement.signed.date, ctx.lang);
  return date !== null && text.startsWith(date)
    ? html`<span class="nowrap">${date}</span>${text.slice(date.length)}`
    : text;
}

/** A table of agreements: date, title with its sources, partners, type (and scope when asked). */
export function agreementTable(
  ctx: BriefContext,
  agreements: readonly Agreement[],
  options: { readonly caption: string; readonly withScope?: boolean; readonly withPartners?: boolean },
): SafeHtml {
  const { m, lang } = ctx;
  if (agreements.length === 0) return html`<p class="empty">${m.text.noAgreements}</p>`;
  const withPartners = options.withPartners ?? true;
  return dataTable(ctx, {
    caption: options.caption,
    note: m.text.titlesNote,
    columns: [
      { label: m.columns.date, width: '15%', keep: true },
      // The title takes the room the other columns leave (their short labels need two lines at most).
      { label: m.columns.title },
      ...(withPartners ? [{ label: m.columns.partners }] : []),
      { label: m.columns.type, keep: true },
      ...(options.withScope ? [{ label: m.columns.scope, keep: true }] : []),
      { label: m.columns.verification, keep: true },
    ],
    rows: agreements.map((agreement) => [
      signedCell(agreement, ctx),
      html`${agreementTitle(agreement, ctx.lang)}${ctx.notes.refs(agreement.sources)}`,
      ...(withPartners ? [partnerNames(agreement, lang, m)] : []),
      agreementTypes.labels[agreement.type][lang],
      ...(options.withScope ? [scopes.labels[agreement.scope][lang]] : []),
      verificationLevels.labels[agreement.verification][lang],
    ]),
  });
}
