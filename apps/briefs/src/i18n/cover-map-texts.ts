import type { Lang } from '@sco/core';
import { spacedCjk } from './spaced-cjk.js';

/**
 * The words of the map on a brief's cover: a title that says what this map shows for this brief (never the
 * map widget's generic "Agreements by partner"), and its alternative text.
 */
export interface CoverMapTexts {
  readonly overview: string;
  readonly region: (region: string) => string;
  /** A partner's locator map: the partner shaded by its agreements of standardisation scope. */
  readonly partner: (partner: string, count: string) => string;
  readonly sector: (sector: string) => string;
  readonly alt: (partners: string) => string;
  /** The sentence by which a section that lists the same partners refers to the cover's map. */
  readonly seeCover: string;
}

const en: CoverMapTexts = {
  overview: 'China’s partners in standards cooperation, by number of documented agreements',
  region: (region) => `China’s partners in ${region}, by number of documented agreements`,
  partner: (partner, count) =>
    `${partner}: ${count} documented ${count === '1' ? 'agreement' : 'agreements'} of standardisation scope`,
  sector: (sector) => `Partners with agreements in ${sector}, by number of them`,
  alt: (partners) => `Map shading ${partners} partners by their number of agreements.`,
  seeCover: 'The map on the cover shows them, shaded by their number of documented agreements.',
};

const fr: CoverMapTexts = {
  overview: 'Les partenaires de la Chine en matière de normes, selon le nombre d’accords documentés',
  region: (region) => `Les partenaires de la Chine – ${region}, selon le nombre d’accords documentés`,
  partner: (partner, count) =>
    `${partner} : ${count} ${count === '1' ? 'accord documenté' : 'accords documentés'} de portée normative`,
  sector: (sector) => `Partenaires ayant des accords dans le secteur ${sector}, selon leur nombre`,
  alt: (partners) => `Carte des ${partners} partenaires, selon leur nombre d’accords.`,
  seeCover: 'La carte de la couverture les montre, selon leur nombre d’accords documentés.',
};

const zh: CoverMapTexts = {
  overview: '中国标准化合作伙伴：按已记录协议数量',
  region: (region) => `中国在${region}的合作方：按已记录协议数量`,
  partner: (partner, count) => `${partner}：${count} 项已记录的标准化协议`,
  sector: (sector) => `在“${sector}”领域有协议的合作方：按协议数量`,
  alt: (partners) => `地图：按协议数量为 ${partners} 个合作方着色。`,
  seeCover: '封面地图按已记录协议数量为这些合作方着色。',
};

const TEXTS: Readonly<Record<Lang, CoverMapTexts>> = { en, fr, zh: spacedCjk(zh) };

export function coverMapTextsFor(lang: Lang): CoverMapTexts {
  return TEXTS[lang];
}
