import { areaName } from '../geo/regions.js';
import type { Lang, Localized } from '../i18n/lang.js';
import { agreementTypes } from '../vocabulary/agreement-type.js';
import { icsFields } from '../vocabulary/ics-field.js';
import { institutionKinds } from '../vocabulary/institution-kind.js';
import { provisions } from '../vocabulary/provision.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { NO_SECTOR_KEY, UNDATED_KEY, UNKNOWN_REGION_KEY, type GroupBy } from './group-by.js';

const UNDATED: Localized = { en: 'Undated', fr: 'Non daté', zh: '无日期' };
const UNKNOWN_REGION: Localized = { en: 'Unknown region', fr: 'Région inconnue', zh: '区域不详' };
const NO_SECTOR: Localized = { en: 'No sector', fr: 'Sans secteur', zh: '未标注领域' };

function vocabularyLabel<C extends string>(vocabulary: Vocabulary<C>, key: string, lang: Lang): string {
  const code = vocabulary.codes.find((c) => c === key);
  return code === undefined ? key : vocabulary.labels[code][lang];
}

/** The label of a group key in a language (a year stays a year; an unknown key is returned as is). */
export function groupKeyLabel(groupBy: GroupBy, key: string, lang: Lang): string {
  switch (groupBy) {
    case 'year':
      return key === UNDATED_KEY ? UNDATED[lang] : key;
    case 'region':
      return key === UNKNOWN_REGION_KEY ? UNKNOWN_REGION[lang] : areaName(key, lang);
    case 'type':
      return vocabularyLabel(agreementTypes, key, lang);
    case 'sector':
      return key === NO_SECTOR_KEY ? NO_SECTOR[lang] : vocabularyLabel(icsFields, key, lang);
    case 'partner_kind':
      return vocabularyLabel(institutionKinds, key, lang);
    case 'provision':
      return vocabularyLabel(provisions, key, lang);
  }
}
