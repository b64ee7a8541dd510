import type { CountNeed, CountRows, GroupBy, IndicatorFilter } from '@sco/core';
import { readMemo, type MemoOrigin } from '../memos/release-memo.js';
import type { Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { countMemoKey } from './count-memo-key.js';
import { readCountRows } from './read-count-rows.js';

/**
 * `readCountRows`, counted once per published release and generation and kept (`readMemo`): requests with
 * the same rows (`countMemoKey`: a year range or a breakdown by year apart) share them. The draft is always
 * counted.
 */
export async function readCountRowsOnce(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
  needs: readonly CountNeed[],
  generation: string,
): Promise<{ rows: CountRows; origin: MemoOrigin }> {
  const { value, origin } = await readMemo(
    db,
    partition,
    generation,
    countMemoKey(filter, groupBy, needs),
    () => readCountRows(db, partition, filter, groupBy, needs),
  );
  return { rows: value, origin };
}
