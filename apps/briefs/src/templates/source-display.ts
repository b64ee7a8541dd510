import type { Lang, QuoteBasis } from '@sco/core';

const SUMMARY: Readonly<Record<Lang, string>> = {
  en: 'In summary:',
  fr: 'En résumé\u00a0:',
  zh: '内容摘要：',
};

/**
 * A source's quote as printed: the source's own words (`quote_basis` verbatim, or not said) in quotation
 * marks; a rendering of them (paraphrase: a translation or a summary the curators wrote) without quotation
 * marks, introduced as a summary, so that no reader takes it for the source's words.
 */
export function quoteOf(
  quote: string,
  basis: QuoteBasis | null,
  lang: Lang,
): { readonly kind: 'quote' | 'summary'; readonly text: string; readonly label: string } {
  return basis === 'paraphrase'
    ? { kind: 'summary', text: quote, label: SUMMARY[lang] }
    : { kind: 'quote', text: quote, label: '' };
}

/** After which characters a URL may break: a source's address at any of its separators, or only "/" and ".". */
const BREAKS = { separators: /(?<=[/.?&=-])/, paths: /(?<=[/.])/ } as const;

/**
 * A URL cut into pieces after each "/", ".", "?", "&", "=" or "-" (or, `paths`, after "/" and "." only), where
 * a line may break; never inside the scheme ("https://" stays whole).
 */
export function urlPieces(url: string, after: keyof typeof BREAKS = 'separators'): string[] {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0] ?? '';
  const rest = url.slice(scheme.length);
  const pieces = rest.split(BREAKS[after]);
  return [`${scheme}${pieces[0] ?? ''}`, ...pieces.slice(1)];
}

/**
 * The class a quotation adds when its text ends with a Chinese full-width stop or closing mark ("。", "！",
 * "）"): French guillemets then close without their no-break space, which the wide mark already gives.
 */
export function cjkEnd(text: string): string {
  return /[。！？」』）]$/u.test(text.trim()) ? ' cjk-end' : '';
}
