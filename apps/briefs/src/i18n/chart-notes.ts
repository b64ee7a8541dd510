import type { Lang } from '@sco/core';
import { spacedCjk } from './spaced-cjk.js';

/** What a chart states in words rather than draws. */
export interface ChartNotes {
  /** Agreements that name no sector, left out of the sector chart's scale (range already formatted). */
  readonly noSector: (range: string) => string;
}

const NOTES: Readonly<Record<Lang, ChartNotes>> = {
  en: {
    noSector: (range) =>
      `${range} agreements name no sector (ICS field): they are not drawn, so that the bars compare the sectors that are named.`,
  },
  fr: {
    noSector: (range) =>
      `${range} accords ne nomment aucun secteur (domaine ICS)\u00a0: ils ne sont pas représentés, pour que les barres comparent les secteurs nommés.`,
  },
  zh: {
    noSector: (range) => `${range}项协议未标注领域（ICS领域）：图中未绘出，以便比较已标注的领域。`,
  },
};

const SPACED_ZH = spacedCjk(NOTES.zh);

export function chartNotesFor(lang: Lang): ChartNotes {
  return lang === 'zh' ? SPACED_ZH : NOTES[lang];
}
