import {
  countedIndicator,
  countNeeds,
  type GroupBy,
  type IndicatorMeta,
  type IndicatorFilter,
  type IndicatorResult,
} from '@sco/core';
import {
  indicatorMemoKey,
  readCountRowsOnce,
  readMemo,
  type Executor,
  type MemoOrigin,
  type Partition,
} from '@sco/db';

/**
 * An indicator's result from its count rows, computed once per published release and generation (the build
 * id) and kept for every process (`readMemo`); its count rows likewise (`readCountRowsOnce`), so that
 * another year range of the same request reads them instead of counting. The draft is always computed.
 */
export async function readIndicatorResult(
  db: Executor,
  partition: Partition,
  indicator: Pick<IndicatorMeta, 'id' | 'unit'>,
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
  generation: string,
): Promise<{ result: IndicatorResult; origin: MemoOrigin }> {
  const key = indicatorMemoKey(indicator.id, filter, groupBy);
  const { value, origin } = await readMemo(db, partition, generation, key, async () => {
    const counted = await readCountRowsOnce(
      db,
      partition,
      filter,
      groupBy,
      countNeeds(indicator.id),
      generation,
    );
    return countedIndicator(indicator.id, indicator.unit, filter, groupBy, counted.rows);
  });
  return { result: value, origin };
}
