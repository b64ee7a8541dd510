import type { Lang } from '../i18n/lang.js';
import type { SourceKind } from './source-kind.js';

const LABELS: Readonly<Record<SourceKind, Readonly<Record<Lang, string>>>> = {
  official: { en: 'official', fr: 'officielle', zh: '官方' },
  partner_official: { en: 'partner-official', fr: 'officielle (partenaire)', zh: '合作方官方' },
  media: { en: 'media', fr: 'médias', zh: '媒体' },
  mirror: { en: 'repost', fr: 'republication', zh: '转载' },
};

/**
 * The public label of a source's kind, as printed next to its publisher in outputs (a repost is called a
 * repost; curators' judgements about a page stay in `curator_note` and are never printed).
 */
export function sourceKindLabel(kind: SourceKind, lang: Lang = 'en'): string {
  return LABELS[kind][lang];
}
