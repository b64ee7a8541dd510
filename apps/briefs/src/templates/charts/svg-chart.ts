/** The colours and text size of the briefs' own drawn charts (the print palette of the stylesheet). */
export const CHART = {
  ink: '#1b1f24',
  muted: '#5a6270',
  rule: '#c9ced6',
  accent: '#1f4e79',
  second: '#b5651d',
  /** Text in chart units: the charts are 600 units across a text column of about 170 mm (≈ 8 pt). */
  text: 10,
  width: 600,
} as const;
