import {
  DEFAULT_INDICATOR_FILTER,
  getIndicator,
  presentIndicatorResult,
  type GroupBy,
  type IndicatorFilter,
  type Lang,
} from '@sco/core';
import type { BriefData } from './brief-data.js';
import type { IndicatorValuesBody } from './body-types.js';
import { keptResult } from './kept-results.js';
import { readLinkOf } from './read-link.js';

export interface IndicatorQuery {
  readonly indicator: string;
  readonly filter?: Partial<IndicatorFilter>;
  /** A breakdown, or null for the total alone (the API's group_by=none). */
  readonly groupBy: GroupBy | null;
  readonly lang: Lang;
}

/**
 * The body of GET /v1/indicators/{id} for a query, over a release: its result computed once per release
 * (`keptResult`), presented in the query's language. The queries are written in the templates: an unknown id
 * or breakdown is a programming error and throws.
 */
export function indicatorValuesBody(data: BriefData, query: IndicatorQuery): IndicatorValuesBody {
  const request = {
    indicator: getIndicator(query.indicator),
    filter: { ...DEFAULT_INDICATOR_FILTER, ...query.filter },
    groupBy: query.groupBy,
    lang: query.lang,
  };
  const result = keptResult(data, query.indicator, request.filter, request.groupBy);
  return { release: data.release, ...presentIndicatorResult(request, result, readLinkOf(data.release.id)) };
}
