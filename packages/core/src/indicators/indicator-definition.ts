import type { TallyAggregate } from '../dataset/aggregates.js';
import type { Agreement } from '../dataset/assemble.js';
import type { Localized } from '../i18n/lang.js';
import type { GroupBy } from './group-by.js';
import type { IndicatorFilter } from './indicator-filter.js';
import type { IndicatorResult } from './indicator-result.js';
import type { IndicatorUnit } from './indicator-unit.js';

export interface IndicatorInput {
  readonly agreements: readonly Agreement[];
  readonly tallies: readonly TallyAggregate[];
  readonly filter: IndicatorFilter;
  readonly group_by: GroupBy | null;
}

/** What describes an indicator, apart from how it is computed. */
export interface IndicatorMeta {
  /** snake_case, stable once published. */
  readonly id: string;
  readonly unit: IndicatorUnit;
  readonly title: Localized;
  readonly definition: Localized;
  /** The counting rules, in every language. */
  readonly methodology: Localized;
  readonly group_bys: readonly GroupBy[];
  /** The breakdown shown by default (e.g. in the CLI summary); null for a single figure. */
  readonly default_group_by: GroupBy | null;
}

export interface IndicatorDefinition extends IndicatorMeta {
  /** Pure. Throws UnsupportedGroupByError for a breakdown outside `group_bys`. */
  readonly compute: (input: IndicatorInput) => IndicatorResult;
}
