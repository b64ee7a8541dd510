import { findIndicator, INDICATORS } from './catalogue.js';
import type { GroupBy } from './group-by.js';
import type { IndicatorInput } from './indicator-definition.js';
import type { IndicatorResult } from './indicator-result.js';

/** Why an indicator could not be computed: a request naming an unknown id or an unsupported breakdown. */
export interface IndicatorProblem {
  readonly code: 'unknown_indicator' | 'unsupported_group_by';
  readonly indicator: string;
  readonly group_by: GroupBy | null;
  readonly message: string;
}

export type IndicatorOutcome =
  | { readonly ok: true; readonly result: IndicatorResult }
  | { readonly ok: false; readonly problem: IndicatorProblem };

/**
 * Computes one indicator. An unknown id or a breakdown the indicator does not support is an expected
 * failure (it comes from a request) and is returned as a problem, not thrown.
 */
export function computeIndicator(id: string, input: IndicatorInput): IndicatorOutcome {
  const indicator = findIndicator(id);
  if (!indicator) {
    const message = `unknown indicator "${id}"`;
    return {
      ok: false,
      problem: { code: 'unknown_indicator', indicator: id, group_by: input.group_by, message },
    };
  }
  if (input.group_by !== null && !indicator.group_bys.includes(input.group_by)) {
    const supported = indicator.group_bys.length > 0 ? indicator.group_bys.join(', ') : 'none';
    const message = `indicator "${id}" cannot be grouped by "${input.group_by}" (supported: ${supported})`;
    return {
      ok: false,
      problem: { code: 'unsupported_group_by', indicator: id, group_by: input.group_by, message },
    };
  }
  return { ok: true, result: indicator.compute(input) };
}

/** Every indicator with its default breakdown, e.g. for the CLI summary. */
export function computeAllIndicators(input: Omit<IndicatorInput, 'group_by'>): IndicatorResult[] {
  return INDICATORS.map((indicator) => indicator.compute({ ...input, group_by: indicator.default_group_by }));
}
