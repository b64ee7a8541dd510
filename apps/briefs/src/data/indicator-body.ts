import {
  computeIndicator,
  DEFAULT_INDICATOR_FILTER,
  getIndicator,
  type GroupBy,
  type IndicatorFilter,
  type IndicatorResult,
  type Lang,
} from '@sco/core';
import type { BriefData } from './brief-data.js';
import type { IndicatorValuesBody } from './body-types.js';
import {
  describeIndicator,
  presentCell,
  presentGroup,
  presentGroupBy,
  presentTallyReference,
} from './present-indicator.js';

export interface IndicatorQuery {
  readonly indicator: string;
  readonly filter?: Partial<IndicatorFilter>;
  /** A breakdown, or null for the total alone (the API's group_by=none). */
  readonly groupBy: GroupBy | null;
  readonly lang: Lang;
}

/** An indicator computed over a release, as core gives it. Throws on an unknown id or breakdown. */
export function computeResult(data: BriefData, query: Omit<IndicatorQuery, 'lang'>): IndicatorResult {
  const outcome = computeIndicator(query.indicator, {
    agreements: data.agreements,
    tallies: data.tallies,
    filter: { ...DEFAULT_INDICATOR_FILTER, ...query.filter },
    group_by: query.groupBy,
  });
  // The queries are written in the templates: a problem here is a programming error.
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.result;
}

/** The body of GET /v1/indicators/{id} for a query, over a release. */
export function indicatorValuesBody(data: BriefData, query: IndicatorQuery): IndicatorValuesBody {
  const result = computeResult(data, query);
  const { lang } = query;
  const groupBy = result.group_by;
  return {
    release: data.release,
    lang,
    indicator: describeIndicator(getIndicator(query.indicator), lang),
    filter: result.filter,
    group_by: groupBy === null ? null : presentGroupBy(groupBy, lang),
    total: presentCell(result.total, result.unit, lang),
    groups:
      groupBy === null ? [] : result.groups.map((group) => presentGroup(group, groupBy, result.unit, lang)),
    excluded_undated: result.excluded_undated,
    tally: result.tally === null ? null : presentTallyReference(result.tally, lang, data.release.id),
  };
}
