import {
  formatBasisRange,
  formatValue,
  groupByLabels,
  groupKeyLabel,
  nullReasons,
  tallySeries,
  type ByBasis,
  type GroupBy,
  type IndicatorCell,
  type IndicatorGroup,
  type IndicatorMeta,
  type IndicatorUnit,
  type IndicatorValue,
  type Lang,
  type TallyReference,
} from '@sco/core';
import type { z } from '../openapi/zod.js';
import type { ReadContext } from '../reading/read-context.js';
import type {
  groupBySchema,
  indicatorCellSchema,
  indicatorDescriptionSchema,
  indicatorGroupSchema,
  indicatorValueSchema,
  tallyReferenceSchema,
  valuesByBasisSchema,
} from './indicator-value.schemas.js';
import { readLink } from './read-link.js';

export type ValueBody = z.output<typeof indicatorValueSchema>;
export type CellBody = z.output<typeof indicatorCellSchema>;

export function describeIndicator(
  meta: IndicatorMeta,
  lang: Lang,
): z.output<typeof indicatorDescriptionSchema> {
  return {
    id: meta.id,
    unit: meta.unit,
    title: meta.title[lang],
    definition: meta.definition[lang],
    methodology: meta.methodology[lang],
  };
}

export function presentGroupBy(groupBy: GroupBy, lang: Lang): z.output<typeof groupBySchema> {
  return { id: groupBy, label: groupByLabels[groupBy][lang] };
}

export function presentValue(value: IndicatorValue, unit: IndicatorUnit, lang: Lang): ValueBody {
  return {
    value: value.value,
    null_reason: value.null_reason,
    null_reason_label: value.null_reason === null ? null : nullReasons.labels[value.null_reason][lang],
    n: value.n,
    ...(value.numerator === undefined ? {} : { numerator: value.numerator }),
    ...(value.denominator === undefined ? {} : { denominator: value.denominator }),
    formatted: formatValue(value.value, unit, lang),
  };
}

export function presentValues(
  values: ByBasis<IndicatorValue>,
  unit: IndicatorUnit,
  lang: Lang,
): z.output<typeof valuesByBasisSchema> {
  return {
    verified: presentValue(values.verified, unit, lang),
    verified_single: presentValue(values.verified_single, unit, lang),
    all: presentValue(values.all, unit, lang),
  };
}

/** A cell of a result in a language: its values with their range, and its parts likewise. */
export function presentCell(cell: IndicatorCell, unit: IndicatorUnit, lang: Lang): CellBody {
  return {
    values: presentValues(cell.values, unit, lang),
    range: formatBasisRange(cell.values, unit, lang),
    parts: cell.parts.map((part) => ({
      key: part.key,
      unit: part.unit,
      label: part.label[lang],
      values: presentValues(part.values, part.unit, lang),
      range: formatBasisRange(part.values, part.unit, lang),
    })),
  };
}

export function presentGroup(
  group: IndicatorGroup,
  groupBy: GroupBy,
  unit: IndicatorUnit,
  lang: Lang,
): z.output<typeof indicatorGroupSchema> {
  return {
    key: group.key,
    label: groupKeyLabel(groupBy, group.key, lang),
    ...presentCell(group, unit, lang),
  };
}

export function presentTallyReference(
  tally: TallyReference,
  lang: Lang,
  context: ReadContext,
): z.output<typeof tallyReferenceSchema> {
  return {
    ...tally,
    series_label: tallySeries.labels[tally.series][lang],
    href: readLink('/v1/tallies', context, { series: tally.series, lang }),
  };
}
