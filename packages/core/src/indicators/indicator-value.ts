import type { NullReason } from './null-reason.js';

/** One figure at one verification basis. */
export interface IndicatorValue {
  readonly value: number | null;
  /** Why `value` is null; null whenever `value` is a number. */
  readonly null_reason: NullReason | null;
  /** Agreements the figure is computed over (for a share: the agreements in its denominator). */
  readonly n: number;
  readonly numerator?: number;
  readonly denominator?: number;
}

export function countValue(count: number, n: number): IndicatorValue {
  return { value: count, null_reason: null, n };
}

/** numerator / denominator, or null with a reason when the denominator is 0 (never 0 instead). */
export function ratioValue(
  numerator: number,
  denominator: number,
  n: number,
  reason: NullReason = 'empty_denominator',
): IndicatorValue {
  if (denominator === 0) return { value: null, null_reason: reason, n, numerator, denominator };
  return { value: numerator / denominator, null_reason: null, n, numerator, denominator };
}

export function nullValue(reason: NullReason, n: number): IndicatorValue {
  return { value: null, null_reason: reason, n };
}
