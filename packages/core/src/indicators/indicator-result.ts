import type { TallyAggregate } from '../dataset/aggregates.js';
import type { Localized } from '../i18n/lang.js';
import type { ByBasis } from './by-basis.js';
import type { GroupBy } from './group-by.js';
import type { IndicatorFilter } from './indicator-filter.js';
import type { IndicatorUnit } from './indicator-unit.js';
import type { IndicatorValue } from './indicator-value.js';

/** A named companion figure of an indicator (e.g. the partner coverage beside the document coverage). */
export interface IndicatorPart {
  readonly key: string;
  readonly unit: IndicatorUnit;
  readonly label: Localized;
  readonly values: ByBasis<IndicatorValue>;
}

/** The figure for the whole selection or for one group, at the three verification bases. */
export interface IndicatorCell {
  readonly values: ByBasis<IndicatorValue>;
  readonly parts: readonly IndicatorPart[];
}

export interface IndicatorGroup extends IndicatorCell {
  /** A year, "undated", a region code, "global", "unknown", a type, an ICS code, "none", a kind or a provision. */
  readonly key: string;
}

/** The official tally an indicator compares the dataset with. */
export type TallyReference = Pick<
  TallyAggregate,
  'id' | 'as_of' | 'series' | 'documents' | 'partners' | 'qualifier' | 'claimant' | 'verification'
>;

export interface IndicatorResult {
  readonly indicator: string;
  readonly unit: IndicatorUnit;
  readonly filter: IndicatorFilter;
  readonly group_by: GroupBy | null;
  readonly total: IndicatorCell;
  /** Empty without a breakdown. Groups can overlap: an agreement counts in each group it belongs to. */
  readonly groups: readonly IndicatorGroup[];
  /** Undated agreements left out because a year range was set. */
  readonly excluded_undated: ByBasis<number>;
  /** The official tally used, for indicators that compare with one. */
  readonly tally: TallyReference | null;
}
