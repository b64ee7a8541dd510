import { agreementTitleIn, type Lang } from '@sco/core';
import type { AgreementListItem } from '@sco/db';

/** A listed agreement with its title in `lang` (`title_label`, its language and basis) after its record. */
export function withTitleLabel(item: AgreementListItem, lang: Lang) {
  const { version, partners, ...record } = item;
  const { title, lang: titleLang, basis } = agreementTitleIn(record, lang);
  return {
    ...record,
    title_label: title,
    title_label_lang: titleLang,
    title_label_basis: basis,
    version,
    partners,
  };
}
