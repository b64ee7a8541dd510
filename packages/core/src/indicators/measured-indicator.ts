import type { Localized } from '../i18n/lang.js';
import { byBasis, inBasis } from './by-basis.js';
import type { GroupBy } from './group-by.js';
import { groupByYear, groupItems, type ItemGroup } from './group-items.js';
import type { IndicatorDefinition, IndicatorInput, IndicatorMeta } from './indicator-definition.js';
import { UnsupportedGroupByError } from './indicator-errors.js';
import type { IndicatorCell, IndicatorResult, TallyReference } from './indicator-result.js';
import type { IndicatorUnit } from './indicator-unit.js';
import type { IndicatorValue } from './indicator-value.js';
import { selectAgreements, type SelectedAgreement, type Selection } from './select-agreements.js';

/** A figure over a set of selected agreements (already restricted to one verification basis). */
export type Measure = (items: readonly SelectedAgreement[]) => IndicatorValue;

export interface PartSpec {
  readonly key: string;
  readonly unit: IndicatorUnit;
  readonly label: Localized;
  readonly measure: Measure;
}

/** The figure and its parts at each verification basis. */
export function measureCell(
  items: readonly SelectedAgreement[],
  measure: Measure,
  parts: readonly PartSpec[] = [],
): IndicatorCell {
  return {
    values: byBasis((basis) => measure(inBasis(items, basis))),
    parts: parts.map(({ measure: partMeasure, ...part }) => ({
      ...part,
      values: byBasis((basis) => partMeasure(inBasis(items, basis))),
    })),
  };
}

export function assertGroupBy(meta: IndicatorMeta, groupBy: GroupBy | null): void {
  if (groupBy !== null && !meta.group_bys.includes(groupBy))
    throw new UnsupportedGroupByError(meta.id, groupBy);
}

export function indicatorResult(
  meta: IndicatorMeta,
  input: IndicatorInput,
  selection: Selection,
  cells: { readonly total: IndicatorCell; readonly groups: readonly (IndicatorCell & { key: string })[] },
  tally: TallyReference | null = null,
): IndicatorResult {
  return {
    indicator: meta.id,
    unit: meta.unit,
    filter: input.filter,
    group_by: input.group_by,
    total: cells.total,
    groups: cells.groups,
    excluded_undated: selection.excluded_undated,
    tally,
  };
}

export interface MeasuredSpec extends IndicatorMeta {
  readonly measure: Measure;
  readonly parts?: readonly PartSpec[];
  /** Year groups hold every agreement signed in or before the year. */
  readonly cumulative?: boolean;
}

function groupsOf(
  spec: MeasuredSpec,
  items: readonly SelectedAgreement[],
  input: IndicatorInput,
): ItemGroup[] {
  const groupBy = input.group_by;
  if (groupBy === null) return [];
  if (groupBy === 'provision') throw new UnsupportedGroupByError(spec.id, groupBy);
  if (groupBy === 'year') return groupByYear(items, input.filter, spec.cumulative === true);
  return groupItems(items, groupBy, input.filter);
}

/** An indicator computed by one measure over the filtered agreements, in total and per group. */
export function measuredIndicator(spec: MeasuredSpec): IndicatorDefinition {
  const { measure, parts = [], cumulative: _cumulative, ...meta } = spec;
  return {
    ...meta,
    compute: (input) => {
      assertGroupBy(meta, input.group_by);
      const selection = selectAgreements(input.agreements, input.filter);
      return indicatorResult(meta, input, selection, {
        total: measureCell(selection.items, measure, parts),
        groups: groupsOf(spec, selection.items, input).map((group) => ({
          key: group.key,
          ...measureCell(group.items, measure, parts),
        })),
      });
    },
  };
}
