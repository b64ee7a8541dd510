import { defineVocabulary } from './vocabulary.js';

export const sourceKinds = defineVocabulary({
  official: { en: 'Official (Chinese)', fr: 'Officielle (chinoise)', zh: '中方官方' },
  partner_official: { en: 'Official (partner)', fr: 'Officielle (partenaire)', zh: '合作方官方' },
  media: { en: 'Media', fr: 'Médias', zh: '媒体' },
  mirror: { en: 'Mirror or repost', fr: 'Copie ou republication', zh: '转载' },
});
export type SourceKind = (typeof sourceKinds.codes)[number];

export function isOfficialSource(kind: SourceKind): boolean {
  return kind === 'official' || kind === 'partner_official';
}
