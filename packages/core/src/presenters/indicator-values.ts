import type { Lang } from '../i18n/lang.js';
import { computeIndicator } from '../indicators/compute-indicator.js';
import type { GroupBy } from '../indicators/group-by.js';
import type { IndicatorMeta } from '../indicators/indicator-definition.js';
import type { IndicatorFilter } from '../indicators/indicator-filter.js';
import type { IndicatorResult } from '../indicators/indicator-result.js';
import type { IndicatorValuesBody } from './indicator-bodies.js';
import {
  describeIndicator,
  presentCell,
  presentGroup,
  presentGroupBy,
  presentTallyReference,
} from './present-indicator.js';
import type { ReadLink } from './read-link.js';
import type { ReleaseData } from './release-data.js';

export interface IndicatorValuesRequest {
  readonly indicator: IndicatorMeta;
  /** The whole filter, defaults included. */
  readonly filter: IndicatorFilter;
  /** A breakdown the indicator supports, or null for the total alone. */
  readonly groupBy: GroupBy | null;
  readonly lang: Lang;
}

/**
 * An indicator computed over a release's agreements and presented in a language. The caller checks the
 * breakdown first: an unsupported one here is a programming error and throws.
 */
export function indicatorValues(
  request: IndicatorValuesRequest,
  data: ReleaseData,
  link: ReadLink,
): IndicatorValuesBody {
  const { indicator, filter, groupBy } = request;
  const outcome = computeIndicator(indicator.id, {
    agreements: data.agreements,
    tallies: data.tallies,
    filter,
    group_by: groupBy,
  });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return presentIndicatorResult(request, outcome.result, link);
}

/** An indicator's computed result presented in a language (see `indicatorValues`). */
export function presentIndicatorResult(
  request: IndicatorValuesRequest,
  result: IndicatorResult,
  link: ReadLink,
): IndicatorValuesBody {
  const { indicator, lang } = request;
  const resultGroupBy = result.group_by;
  return {
    lang,
    indicator: describeIndicator(indicator, lang),
    filter: result.filter,
    group_by: resultGroupBy === null ? null : presentGroupBy(resultGroupBy, lang),
    total: presentCell(result.total, result.unit, lang),
    groups:
      resultGroupBy === null
        ? []
        : result.groups.map((group) => presentGroup(group, resultGroupBy, result.unit, lang)),
    excluded_undated: result.excluded_undated,
    tally: result.tally === null ? null : presentTallyReference(result.tally, lang, link),
  };
}
