import {
  countedIndicator,
  countNeeds,
  DEFAULT_INDICATOR_FILTER,
  getIndicator,
  type IndicatorResult,
  type OfficialTallyRecord,
} from '@sco/core';
import {
  DRAFT,
  findMemo,
  indicatorMemoKey,
  keepMemo,
  readCountRowsAgainst,
  type Executor,
  type MemoOrigin,
  type Partition,
} from '@sco/db';

/**
 * The coverage indicator against each of several official tallies (default filter, no breakdown), in their
 * order, from the counts of the partition (core's `countedIndicator`) — counted once per published release
 * and generation and kept for every process (release_memos, under the indicator's memo key with the tally's
 * id), since counting costs seconds at 100,000 agreements. The tallies not kept yet are counted together
 * (`readCountRowsAgainst`: the placements once, the partners on or before each tally's end one query each).
 * `/v1/tallies` takes them; the count warmer computes them ahead for every cumulative tally of a new
 * release; the briefs read what is kept. Two processes counting at once both count; the first kept stays.
 */
export async function readTalliesCoverage(
  db: Executor,
  partition: Partition,
  tallies: readonly OfficialTallyRecord[],
  generation: string,
): Promise<{ result: IndicatorResult; origin: MemoOrigin }[]> {
  const filter = DEFAULT_INDICATOR_FILTER;
  const keys = tallies.map((tally) => indicatorMemoKey('coverage', filter, null, tally.id));
  const kept = await Promise.all(
    keys.map((key) =>
      partition === DRAFT ? undefined : findMemo<IndicatorResult>(db, partition, generation, key),
    ),
  );
  const missing = tallies.filter((_, at) => kept[at] === undefined);
  const rows = await readCountRowsAgainst(db, partition, filter, countNeeds('coverage'), missing);
  const counted = new Map(
    missing.map((tally, at) => [
      tally,
      countedIndicator('coverage', getIndicator('coverage').unit, filter, null, rows[at]!),
    ]),
  );
  if (partition !== DRAFT)
    for (const [at, tally] of tallies.entries()) {
      const result = counted.get(tally);
      if (result !== undefined) await keepMemo(db, partition, generation, keys[at]!, result);
    }
  return tallies.map((tally, at) => {
    const result = counted.get(tally);
    return result === undefined ? { result: kept[at]!, origin: 'memo' } : { result, origin: 'computed' };
  });
}
