import { domainToUnicode } from 'node:url';
import { dataLabel, type Lang, type QuoteBasis } from '@sco/core';

/** A curator's remark in parentheses after a publisher's name: "(repost of …)", "(spam-site repost)". */
const CURATOR_REMARK = /\s*\((?=[^)]*\b(?:repost|reposted|copy|mirror|spam|unattributed)\b)[^)]*\)/gi;

/** A host that is only an address: "122.227.57.98", "122.227.57.98:8586". */
const BARE_ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/;

/** A host written in its ASCII form ("xn--yet74fr8g.com"), which a reader cannot read. */
const PUNYCODE_HOST = /^(?:[a-z0-9-]+\.)*xn--[a-z0-9-]+(?:\.[a-z0-9-]+)*$/i;

const UNIDENTIFIED: Readonly<Record<Lang, string>> = {
  en: 'Unidentified website',
  fr: 'Site non identifié',
  zh: '未具名网站',
};

const SUMMARY: Readonly<Record<Lang, string>> = {
  en: 'In summary:',
  fr: 'En résumé :',
  zh: '内容摘要：',
};

/**
 * The publisher as a reader should see it: the name without a curator's remark about it (which belongs to
 * the data, not to the brief), in the brief's language where the data has a label for it ("中国日报"), a host
 * in the letters it is read in ("徐小明.com", not "xn--yet74fr8g.com"), and never a bare IP address.
 */
export function publisherOf(publisher: string, lang: Lang): string {
  const name = publisher.replace(CURATOR_REMARK, '').trim();
  if (name === '' || BARE_ADDRESS.test(name)) return UNIDENTIFIED[lang];
  if (PUNYCODE_HOST.test(name)) return domainToUnicode(name) || name;
  return dataLabel(name, lang);
}

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

/**
 * A URL cut into pieces after each "/", ".", "?", "&", "=" or "-", where a line may break; never inside
 * the scheme ("https://" stays whole).
 */
export function urlPieces(url: string): string[] {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0] ?? '';
  const rest = url.slice(scheme.length);
  const pieces = rest.split(/(?<=[/.?&=-])/);
  return [`${scheme}${pieces[0] ?? ''}`, ...pieces.slice(1)];
}
