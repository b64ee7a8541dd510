import type { GroupBy, IndicatorFilter, IndicatorResult } from '@sco/core';
import type { Executor } from '../transaction.js';
import { INDICATOR_RESULT_KIND } from './indicator-memo-key.js';

/** An indicator result kept for a release (`readMemo` under `indicatorMemoKey`), with what it answers. */
export interface KeptIndicatorResult {
  readonly indicator: string;
  readonly filter: IndicatorFilter;
  readonly group_by: GroupBy | null;
  /** The tally a coverage result is against, when not the latest cumulative one. */
  readonly tally: string | null;
  readonly result: IndicatorResult;
}

/**
 * Every indicator result kept for a published release by the processes of one generation (the API's
 * indicators, computed from counts on a request or ahead of it), in one read: for a process that computes
 * many of the same figures over the release's agreements (a brief) and can take them instead.
 */
export async function keptIndicatorResults(
  db: Executor,
  release: string,
  generation: string,
): Promise<KeptIndicatorResult[]> {
  const rows = await db
    .selectFrom('release_memos')
    .select(['key', 'value'])
    .where('release_id', '=', release)
    .where('generation', '=', generation)
    .where('key', 'like', `%"kind":"${INDICATOR_RESULT_KIND}"%`)
    .execute();
  const kept: KeptIndicatorResult[] = [];
  for (const row of rows) {
    const key = JSON.parse(row.key) as Partial<KeptIndicatorResult> & { kind?: string };
    if (key.kind !== INDICATOR_RESULT_KIND || key.indicator === undefined || key.filter === undefined)
      continue;
    kept.push({
      indicator: key.indicator,
      filter: key.filter,
      group_by: key.group_by ?? null,
      tally: key.tally ?? null,
      result: JSON.parse(row.value) as IndicatorResult,
    });
  }
  return kept;
}
