import {
  countedIndicator,
  countNeeds,
  DEFAULT_INDICATOR_FILTER,
  getIndicator,
  type IndicatorResult,
  type OfficialTallyRecord,
} from '@sco/core';
import {
  indicatorMemoKey,
  readCountRows,
  readMemo,
  type Executor,
  type MemoOrigin,
  type Partition,
} from '@sco/db';

/**
 * The coverage indicator against one official tally (default filter, no breakdown), from the counts of the
 * partition (core's `countedIndicator`; the placements and the partners on or before that tally) — counted
 * once per published release and generation and kept for every process (`readMemo`, under the indicator's
 * memo key with the tally's id), since counting it costs seconds at 100,000 agreements. `/v1/tallies` and the
 * briefs take it; the count warmer computes it ahead for every cumulative tally of a new release.
 */
export async function readTallyCoverage(
  db: Executor,
  partition: Partition,
  tally: OfficialTallyRecord,
  generation: string,
): Promise<{ result: IndicatorResult; origin: MemoOrigin }> {
  const filter = DEFAULT_INDICATOR_FILTER;
  const key = indicatorMemoKey('coverage', filter, null, tally.id);
  const { value, origin } = await readMemo(db, partition, generation, key, async () => {
    const rows = await readCountRows(db, partition, filter, null, countNeeds('coverage'), tally);
    return countedIndicator('coverage', getIndicator('coverage').unit, filter, null, rows);
  });
  return { result: value, origin };
}
