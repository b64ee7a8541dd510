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
export async function readTalliesCoverage<T extends OfficialTallyRecord>(
  db: Executor,
  partition: Partition,
  tallies: readonly T[],
  generation: string,
): Promise<{ tally: T; result: IndicatorResult; origin: MemoOrigin }[]> {
  const filter = DEFAULT_INDICATOR_FILTER;
  const entries = await Promise.all(
    tallies.map(async (tally) => {
      const key = indicatorMemoKey('coverage', filter, null, tally.id);
      const kept =
        partition === DRAFT ? undefined : await findMemo<IndicatorResult>(db, partition, generation, key);
      return { tally, key, kept };
    }),
  );
  const missing = entries.filter((entry) => entry.kept === undefined).map((entry) => entry.tally);
  const counted = new Map<string, IndicatorResult>();
  for (const rows of await readCountRowsAgainst(db, partition, filter, countNeeds('coverage'), missing))
    if (rows.tally !== null)
      counted.set(
        rows.tally.id,
        countedIndicator('coverage', getIndicator('coverage').unit, filter, null, rows),
      );
  const results = [];
  for (const { tally, key, kept } of entries) {
    const result = counted.get(tally.id);
    if (result === undefined) {
      if (kept === undefined) throw new Error(`the coverage against tally ${tally.id} was not counted`);
      results.push({ tally, result: kept, origin: 'memo' as const });
      continue;
    }
    if (partition !== DRAFT) await keepMemo(db, partition, generation, key, result);
    results.push({ tally, result, origin: 'computed' as const });
  }
  return results;
}
