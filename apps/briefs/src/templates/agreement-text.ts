import { agreementTitleIn, parenthetical, type Agreement, type Lang } from '@sco/core';
import { formatPartialDate } from '../i18n/format-date.js';
import type { Messages } from '../i18n/messages.js';
import { html, type SafeHtml } from './html.js';

const LANG_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/**
 * An agreement's title in the brief's language (core's `agreementTitleIn`: a Chinese original as it is in a
 * Chinese brief, else the Observatory's translation, the English title in an English brief), and the title the
 * source gives in its own language after it, in parentheses (full-width in Chinese), unless that is the title
 * shown or, in a French or Chinese brief, English.
 */
export function agreementTitle(agreement: Agreement, briefLang: Lang = 'en'): SafeHtml {
  const shown = agreementTitleIn(agreement, briefLang);
  const original = agreement.title_original;
  const lang = agreement.title_original_lang;
  const englishOriginal = briefLang !== 'en' && (lang === null || /^en\b/i.test(lang));
  const withOriginal = original !== null && shown.basis !== 'original' && !englishOriginal;
  return html`<span class="title ${shown.basis}" lang="${shown.lang}">${shown.title}</span>${
      withOriginal
        ? html`${briefLang === 'zh' ? '' : ' '}<span
              class="title-original"
              dir="auto"
              ${lang && LANG_TAG.test(lang) ? html` lang="${lang}"` : ''}
              >${briefLang === 'zh' ? `（${original}）` : `(${original})`}</span
            >`
        : ''
    }`;
}

/** The signature date at its precision, marked when inferred; "undated" when there is none. */
export function signedText(agreement: Agreement, lang: Lang, m: Messages): string {
  const date = formatPartialDate(agreement.signed.date, lang);
  if (date === null) return m.text.undated;
  return agreement.signed.basis === 'inferred' ? parenthetical(date, m.text.inferred, lang) : date;
}

/** The partners of an agreement by name, the first few, then how many more. */
export function partnerNames(agreement: Agreement, lang: Lang, m: Messages, max = 3): string {
  const names = agreement.partners.map((partner) => partner.names[lang]);
  if (names.length <= max) return names.join(lang === 'zh' ? '、' : ', ');
  const shown = names.slice(0, max).join(lang === 'zh' ? '、' : ', ');
  // No space between two Chinese words ("塞尔维亚及其他 8 个").
  return `${shown}${lang === 'zh' ? '' : ' '}${m.text.andMore(names.length - max)}`;
}

/** How many provisions are coded present in an agreement. */
export function presentProvisions(agreement: Agreement): number {
  return agreement.provisions.filter((provision) => provision.status === 'present').length;
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '«': '»',
  '“': '”',
  '„': '“',
  '"': '"',
  '‘': '’',
  "'": "'",
  '「': '」',
  '『': '』',
};

/**
 * A quoted passage without the quotation marks its source wrote around it, so that the brief's own marks
 * (the `q` element, in the brief's language) are not doubled: `« pour œuvrer… »` becomes `pour œuvrer…`.
 */
export function unquoted(text: string): string {
  const trimmed = text.trim();
  const open = trimmed.charAt(0);
  const close = QUOTE_PAIRS[open];
  if (close === undefined || trimmed.length < 2 || !trimmed.endsWith(close)) return text;
  const inner = trimmed.slice(1, -1);
  // A mark inside (“a” and “b”) means the outer ones do not enclose the whole passage.
  if (inner.includes(close) || (open !== close && inner.includes(open))) return text;
  return inner.trim();
}
