/** The widgets, each built as its own module too. */
export const WIDGETS = [
  'sco-map',
  'sco-timeline',
  'sco-figure',
  'sco-breakdown',
  'sco-agreements',
  'sco-partner',
  'sco-scatter',
  'sco-network',
] as const;
