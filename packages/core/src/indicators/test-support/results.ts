import { expect } from 'vitest';
import type { TallyAggregate } from '../../dataset/aggregates.js';
import type { Agreement } from '../../dataset/assemble.js';
import { VERIFICATION_BASES } from '../../vocabulary/verification.js';
import type { ByBasis } from '../by-basis.js';
import type { GroupBy } from '../group-by.js';
import type { IndicatorDefinition } from '../indicator-definition.js';
import { indicatorFilterSchema, type IndicatorFilterInput } from '../indicator-filter.js';
import type { IndicatorCell, IndicatorResult } from '../indicator-result.js';

export interface RunOptions {
  readonly filter?: IndicatorFilterInput;
  readonly group_by?: GroupBy | null;
  readonly tallies?: readonly TallyAggregate[];
}

/** Computes an indicator over a fixture. */
export function run(
  indicator: IndicatorDefinition,
  agreements: readonly Agreement[],
  options: RunOptions = {},
): IndicatorResult {
  return indicator.compute({
    agreements,
    tallies: options.tallies ?? [],
    filter: indicatorFilterSchema.parse(options.filter ?? {}),
    group_by: options.group_by ?? null,
  });
}

/** The three values of a cell, by basis. */
export function values(cell: IndicatorCell): ByBasis<number | null> {
  return {
    verified: cell.values.verified.value,
    verified_single: cell.values.verified_single.value,
    all: cell.values.all.value,
  };
}

/** The values of one group, failing the test when the group is missing. */
export function groupValues(result: IndicatorResult, key: string): ByBasis<number | null> {
  return values(group(result, key));
}

export function part(cell: IndicatorCell, key: string): IndicatorCell {
  const found = cell.parts.find((p) => p.key === key);
  if (!found) throw new Error(`no part "${key}"`);
  return { values: found.values, parts: [] };
}

export function keys(result: IndicatorResult): string[] {
  return result.groups.map((g) => g.key);
}

/** Checks the three values of a cell, to 10 decimals for fractions. */
export function expectValues(cell: IndicatorCell, expected: ByBasis<number | null>): void {
  const actual = values(cell);
  for (const basis of VERIFICATION_BASES) {
    const want = expected[basis];
    if (want === null) expect(actual[basis], basis).toBeNull();
    else expect(actual[basis], basis).toBeCloseTo(want, 10);
  }
}

export function group(result: IndicatorResult, key: string): IndicatorCell {
  const found = result.groups.find((g) => g.key === key);
  if (!found) throw new Error(`no group "${key}" in ${result.groups.map((g) => g.key).join(', ')}`);
  return found;
}
