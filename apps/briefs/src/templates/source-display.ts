import type { Lang, QuoteBasis } from '@sco/core';
import { html, join, type SafeHtml } from './html.js';

const SUMMARY: Readonly<Record<Lang, string>> = {
  en: 'In summary:',
  fr: 'En résumé\u00a0:',
  zh: '内容摘要：',
};

/** The quotation marks a quotation inside a quotation takes in each language (the `q` element's second pair). */
const INNER: Readonly<Record<Lang, readonly [string, string]>> = {
  en: ['‘', '’'],
  fr: ['“', '”'],
  zh: ['‘', '’'],
};

/**
 * A source's quote as printed: the source's own words (`quote_basis` verbatim, or not said) in quotation
 * marks, a quotation they hold in straight marks set in the brief's inner ones (“‘Standards are…,’ according
 * to…”, never “"Standards…” with two marks side by side); a rendering of them (paraphrase: a translation or a
 * summary the curators wrote) without quotation marks, introduced as a summary, so that no reader takes it for
 * the source's words.
 */
export function quoteOf(
  quote: string,
  basis: QuoteBasis | null,
  lang: Lang,
): { readonly kind: 'quote' | 'summary'; readonly text: string; readonly label: string } {
  const [open, close] = INNER[lang];
  return basis === 'paraphrase'
    ? { kind: 'summary', text: quote, label: SUMMARY[lang] }
    : { kind: 'quote', text: quote.replace(/"([^"]*)"/g, `${open}$1${close}`), label: '' };
}

/**
 * Where a URL may break, as style manuals set addresses: after "/" (never between the two of "//"), "?", "&" or
 * "="; before ".", "-", "_", "~", "#" or "%" (unless a hyphen comes first: "-%D0" stays whole), so that the mark
 * starts the next line and no line ends with a hyphen a reader would take for a word's.
 */
const BREAK = /(?<=[/?&=])(?!\/)|(?<!-)(?=[.\-_~#%])/;

/**
 * A URL cut into the pieces between which a line may break (joined again, they are the URL). The scheme and
 * the host, with the slashes after it, are one piece: a line never ends with "https://www".
 */
export function urlPieces(url: string): string[] {
  const head = /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#]*\/*/i.exec(url)?.[0] ?? '';
  const pieces = url
    .slice(head.length)
    .split(BREAK)
    .filter((piece) => piece !== '');
  return head === '' ? pieces : [head, ...pieces];
}

/**
 * A URL as printed: each piece unbreakable (`white-space: nowrap`, so that Chromium breaks neither after a
 * hyphen nor anywhere else inside it), with a break opportunity (<wbr>) between pieces only. The text is the
 * URL, character for character: copied or extracted, it reads as the address (a line break aside).
 */
export function breakableUrl(url: string): SafeHtml {
  return join(
    urlPieces(url).map((piece) => html`<span class="url-piece">${piece}</span>`),
    html`<wbr />`,
  );
}

/**
 * The class a quotation adds when its text ends with a Chinese full-width stop or closing mark ("。", "！",
 * "）"): French guillemets then close without their no-break space, which the wide mark already gives.
 */
export function cjkEnd(text: string): string {
  return /[。！？」』）]$/u.test(text.trim()) ? ' cjk-end' : '';
}
