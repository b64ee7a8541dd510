import {
  computeIndicator,
  findIndicator,
  indicatorFilterSchema,
  INDICATORS,
  type Agreement,
  type GroupBy,
  type IndicatorDefinition,
  type IndicatorFilter,
  type Lang,
  type TallyAggregate,
} from '@sco/core';
import { HttpProblem } from '../http/problem.js';
import { parseInput } from '../http/validation.js';
import type { z } from '../openapi/zod.js';
import type { ReadContext } from '../reading/read-context.js';
import type { indicatorSummarySchema, indicatorValuesSchema } from './indicators.schemas.js';
import { NO_GROUP_BY } from './indicators.schemas.js';
import {
  describeIndicator,
  presentCell,
  presentGroup,
  presentGroupBy,
  presentTallyReference,
} from './present-indicator.js';
import { readLink } from './read-link.js';

type ValuesBody = Omit<z.output<typeof indicatorValuesSchema>, 'release'>;

/** Every indicator described in a language, with a link to its values. */
export function catalogue(lang: Lang, context: ReadContext): z.output<typeof indicatorSummarySchema>[] {
  return INDICATORS.map((indicator) => ({
    ...describeIndicator(indicator, lang),
    group_bys: indicator.group_bys.map((groupBy) => presentGroupBy(groupBy, lang)),
    default_group_by:
      indicator.default_group_by === null ? null : presentGroupBy(indicator.default_group_by, lang),
    href: readLink(`/v1/indicators/${indicator.id}`, context, { lang }),
  }));
}

/** The indicator with this id, or a 404 problem that points to the catalogue. */
export function requireIndicator(id: string): IndicatorDefinition {
  const indicator = findIndicator(id);
  if (!indicator) {
    throw new HttpProblem({
      status: 404,
      code: 'not-found',
      title: 'Not found',
      detail: `There is no indicator "${id}"; the indicators are listed at /v1/indicators`,
      extensions: { available: INDICATORS.map((known) => known.id) },
    });
  }
  return indicator;
}

/**
 * The breakdown asked for (`none` = no breakdown, absent = the indicator's default), or a 400 problem naming
 * `group_by` and the breakdowns the indicator supports.
 */
export function resolveGroupBy(
  indicator: IndicatorDefinition,
  asked: GroupBy | typeof NO_GROUP_BY | undefined,
): GroupBy | null {
  if (asked === undefined) return indicator.default_group_by;
  if (asked === NO_GROUP_BY) return null;
  if (indicator.group_bys.includes(asked)) return asked;
  const supported = indicator.group_bys.length > 0 ? indicator.group_bys.join(', ') : 'none';
  throw new HttpProblem({
    status: 400,
    code: 'invalid-parameters',
    title: 'Invalid request parameters',
    detail: 'One parameter is invalid: group_by',
    errors: [
      {
        name: 'group_by',
        in: 'query',
        reason:
          indicator.group_bys.length > 0
            ? `indicator "${indicator.id}" cannot be grouped by "${asked}"; it supports: ${supported}`
            : `indicator "${indicator.id}" has no breakdown; leave group_by out`,
      },
    ],
    extensions: { supported_group_bys: [...indicator.group_bys] },
  });
}

/** The validated filter of the indicators, with its defaults, from the filter parameters of a query. */
export function filterOf(query: Readonly<Record<string, unknown>>): IndicatorFilter {
  const defined = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
  return parseInput(indicatorFilterSchema, defined, 'query');
}

export interface ValuesRequest {
  readonly indicator: IndicatorDefinition;
  readonly filter: IndicatorFilter;
  readonly groupBy: GroupBy | null;
  readonly lang: Lang;
}

/** An indicator computed over a release's agreements and presented in a language. */
export function indicatorValues(
  request: ValuesRequest,
  data: { readonly agreements: readonly Agreement[]; readonly tallies: readonly TallyAggregate[] },
  context: ReadContext,
): ValuesBody {
  const { indicator, filter, groupBy, lang } = request;
  const outcome = computeIndicator(indicator.id, { ...data, filter, group_by: groupBy });
  // The id and the breakdown were checked above: a problem here is a programming error.
  if (!outcome.ok) throw new Error(outcome.problem.message);
  const result = outcome.result;
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
    tally: result.tally === null ? null : presentTallyReference(result.tally, lang, context),
  };
}
