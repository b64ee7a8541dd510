import type { Lang } from '../i18n/lang.js';
import type { GroupBy } from '../indicators/group-by.js';
import type { IndicatorFilter } from '../indicators/indicator-filter.js';
import type { IndicatorUnit } from '../indicators/indicator-unit.js';
import type { NullReason } from '../indicators/null-reason.js';
import type { TallyQualifier, TallySeries } from '../vocabulary/tally-series.js';
import type { Verification } from '../vocabulary/verification.js';

/*
 * The presented forms of core's indicator results: what the API answers (its response schemas follow these
 * field for field) and what the briefs give the widgets inline. snake_case, as every JSON body.
 */

export interface ValueBody {
  readonly value: number | null;
  readonly null_reason: NullReason | null;
  readonly null_reason_label: string | null;
  readonly n: number;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly formatted: string;
}

export interface ValuesByBasisBody {
  readonly verified: ValueBody;
  readonly verified_single: ValueBody;
  readonly all: ValueBody;
}

export interface CountsByBasis {
  readonly verified: number;
  readonly verified_single: number;
  readonly all: number;
}

export interface PartBody {
  readonly key: string;
  readonly unit: IndicatorUnit;
  readonly label: string;
  readonly values: ValuesByBasisBody;
  readonly range: string;
}

export interface CellBody {
  readonly values: ValuesByBasisBody;
  readonly range: string;
  readonly parts: PartBody[];
}

export interface GroupBody extends CellBody {
  readonly key: string;
  readonly label: string;
}

export interface GroupByBody {
  readonly id: GroupBy;
  readonly label: string;
}

export interface IndicatorDescriptionBody {
  readonly id: string;
  readonly unit: IndicatorUnit;
  readonly title: string;
  readonly definition: string;
  readonly methodology: string;
}

export interface TallyReferenceBody {
  readonly id: string;
  readonly as_of: string;
  readonly series: TallySeries;
  readonly series_label: string;
  readonly documents: number | null;
  readonly partners: number | null;
  readonly qualifier: TallyQualifier;
  readonly claimant: string;
  readonly verification: Verification;
  readonly href: string;
}

/** An indicator's values in a language (the body of GET /v1/indicators/{id}, without its release). */
export interface IndicatorValuesBody {
  readonly lang: Lang;
  readonly indicator: IndicatorDescriptionBody;
  readonly filter: IndicatorFilter;
  readonly group_by: GroupByBody | null;
  readonly total: CellBody;
  readonly groups: GroupBody[];
  readonly excluded_undated: CountsByBasis;
  readonly tally: TallyReferenceBody | null;
}
