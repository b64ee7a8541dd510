/**
 * What an indicator's value measures: a `count` of agreements or partners, a `share` between 0 and 1, an
 * `index` on a fixed scale (−1…1, or 0…1 for a Herfindahl–Hirschman index) or a `score` (a mean of counts).
 */
export const INDICATOR_UNITS = ['count', 'share', 'index', 'score'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
