import type { Localized } from '../i18n/lang.js';
import type { CountRows } from './count-rows.js';
import type { GroupBy } from './group-by.js';
import type { IndicatorUnit } from './indicator-unit.js';
import type { IndicatorValue } from './indicator-value.js';

/** A figure over count rows (already narrowed to one verification basis and one group). */
export type CountMeasure = (rows: CountRows) => IndicatorValue;

/** The count rows an indicator reads besides the agreement counts. */
export type CountNeed = 'traits' | 'partners' | 'covered_partners' | 'sectors' | 'placements' | 'tally';

/** How an indicator is computed from count rows, with the same values, groups and order as its definition. */
export interface CountedSpec {
  /** The breakdowns computed from counts (no breakdown included). */
  readonly group_bys: readonly (GroupBy | null)[];
  readonly needs?: readonly CountNeed[];
  /** Year groups hold every agreement signed in or before the year. */
  readonly cumulative?: boolean;
  readonly measure: CountMeasure;
  /** The measure of the `undated` year group, over every row kept (else `measure` over the undated rows). */
  readonly undated?: CountMeasure;
  /** By provision: the measure of each provision's group, over every row kept. */
  readonly provision?: (code: string) => CountMeasure;
  readonly parts: readonly {
    key: string;
    unit: IndicatorUnit;
    label: Localized;
    measure: CountMeasure;
  }[];
}
