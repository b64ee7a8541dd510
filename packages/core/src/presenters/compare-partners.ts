import type { Lang } from '../i18n/lang.js';
import { intlLocale } from './intl-locale.js';
import type { PartnerSummaryBody } from './partner-bodies.js';

/** How partner lists sort: by name in the language, by most agreements of headline scope, by code. */
export const PARTNER_SORTS = ['name', '-agreements', 'code'] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

type Sortable = Pick<PartnerSummaryBody, 'code' | 'name' | 'agreements'>;

/**
 * The order of a partner list: "name" (collated in the language), "-agreements" (most agreements of headline
 * scope first, then with adjacent scopes, then by name), "code"; ties are broken by code.
 */
export function comparePartners(sort: PartnerSort, lang: Lang): (a: Sortable, b: Sortable) => number {
  const collator = new Intl.Collator(intlLocale(lang));
  const byCode = (a: Sortable, b: Sortable) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  switch (sort) {
    case 'code':
      return byCode;
    case 'name':
      return (a, b) => collator.compare(a.name, b.name) || byCode(a, b);
    case '-agreements':
      return (a, b) =>
        b.agreements.headline.count - a.agreements.headline.count ||
        b.agreements.with_adjacent.count - a.agreements.with_adjacent.count ||
        collator.compare(a.name, b.name) ||
        byCode(a, b);
  }
}
