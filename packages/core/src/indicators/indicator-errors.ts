import type { GroupBy } from './group-by.js';

/** Thrown by `getIndicator` for an id that is not in the catalogue. */
export class UnknownIndicatorError extends Error {
  override readonly name = 'UnknownIndicatorError';
  constructor(readonly id: string) {
    super(`unknown indicator "${id}"`);
  }
}

/** Thrown by an indicator's `compute` when asked for a breakdown it does not support. */
export class UnsupportedGroupByError extends Error {
  override readonly name = 'UnsupportedGroupByError';
  constructor(
    readonly indicator: string,
    readonly groupBy: GroupBy,
  ) {
    super(`indicator "${indicator}" cannot be grouped by "${groupBy}"`);
  }
}
