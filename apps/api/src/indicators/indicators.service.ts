import {
  describeIndicator,
  findIndicator,
  indicatorFilterSchema,
  INDICATORS,
  indicatorValues,
  presentGroupBy,
  presentIndicatorResult,
  type GroupBy,
  type IndicatorDefinition,
  type IndicatorFilter,
  type IndicatorValuesRequest,
  type Lang,
  type ReleaseData,
} from '@sco/core';
import type { Db } from '@sco/db';
import { buildId } from '../http/build-id.js';
import { HttpProblem } from '../http/problem.js';
import { parseInput } from '../http/validation.js';
import type { z } from '../openapi/zod.js';
import type { ReadContext } from '../reading/read-context.js';
import type { indicatorSummarySchema, indicatorValuesSchema } from './indicators.schemas.js';
import { NO_GROUP_BY } from './indicators.schemas.js';
import { readIndicatorResult } from './read-indicator-result.js';
import { readLink, readLinkOf } from './read-link.js';

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

/**
 * An indicator computed over a release's agreements and presented in a language: core's presenter, with the
 * links of this read, typed by the response schema.
 */
export function indicatorValuesBody(
  request: IndicatorValuesRequest,
  data: ReleaseData,
  context: ReadContext,
): ValuesBody {
  return indicatorValues(request, data, readLinkOf(context));
}

/**
 * An indicator's values from grouped queries: every indicator of the catalogue, with each of its
 * breakdowns, is computed by core from counts (`isCountable`; `readCountRows`: the agreement counts, with
 * their traits when the indicator reads them, and the counts by keyed group, partner, sector or signature
 * date it needs, per group of a keyed breakdown where the indicator reads them). The release is never
 * assembled for it. Over a published release the result is computed once per build and kept in the
 * database, where every process reads it by key (`readIndicatorResult`).
 */
export async function readIndicatorValues(
  db: Db,
  request: IndicatorValuesRequest,
  context: ReadContext,
): Promise<ValuesBody> {
  const { indicator, filter, groupBy } = request;
  const { result } = await readIndicatorResult(
    db.db,
    context.partition,
    indicator,
    filter,
    groupBy,
    buildId(),
  );
  return presentIndicatorResult(request, result, readLinkOf(context));
}
