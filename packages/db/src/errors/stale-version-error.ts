import type { AggregateType } from '@sco/core';

/** An edit was based on an older version of the record than the one stored (optimistic concurrency). */
export class StaleVersionError extends Error {
  override readonly name = 'StaleVersionError';
  constructor(
    readonly record_type: AggregateType,
    readonly record_id: string,
    readonly expected: number,
    /** The stored version; null when the record does not exist. */
    readonly actual: number | null,
  ) {
    super(
      `${record_type} ${record_id} is at version ${actual ?? 'none (it does not exist)'}, not ${expected}: ` +
        'reload it and apply the edit again',
    );
  }
}
