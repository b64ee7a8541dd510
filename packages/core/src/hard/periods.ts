/** The periods of the hard-connectivity indicators: before the Belt and Road launch, after it, and since 2020. */
export const HARD_PERIODS = [
  { id: '2005-2012', from: 2005, to: 2012 },
  { id: '2013-2019', from: 2013, to: 2019 },
  { id: '2020-', from: 2020, to: null },
] as const;
export type HardPeriod = (typeof HARD_PERIODS)[number]['id'];

/** The period a year falls in, or null before 2005 (the tracker starts in 2005). */
export function periodOf(year: number): HardPeriod | null {
  for (const period of HARD_PERIODS)
    if (year >= period.from && (period.to === null || year <= period.to)) return period.id;
  return null;
}
