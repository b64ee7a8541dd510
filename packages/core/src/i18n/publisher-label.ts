import { dataLabel } from './data-labels.js';
import type { Lang } from './lang.js';
import { hostInOwnLetters } from './punycode-host.js';

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

/**
 * A source's publisher as a reader should see it: the name without a curator's remark about it (which belongs
 * to the data, not to an output), in the reader's language where the data has a label for it ("中国日报"), a
 * host in the letters it is read in ("徐小明.com", not "xn--yet74fr8g.com"), and never a bare IP address.
 */
export function publisherLabel(publisher: string, lang: Lang): string {
  const name = publisher.replace(CURATOR_REMARK, '').trim();
  if (name === '' || BARE_ADDRESS.test(name)) return UNIDENTIFIED[lang];
  if (PUNYCODE_HOST.test(name)) return hostInOwnLetters(name);
  return dataLabel(name, lang);
}
