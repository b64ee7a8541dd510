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
import type {
  CellBody,
  GroupBody,
  IndicatorDescriptionBody,
  TallyReferenceBody,
  ValueBody,
  ValuesByBasisBody,
} from './body-types.js';
import { readLink } from './read-link.js';

// The same presentation as the API's indicators/present-indicator.ts (pure functions of core's results).

export function describeIndicator(meta: IndicatorMeta, lang: Lang): IndicatorDescriptionBody {
  return {
    id: meta.id,
    unit: meta.unit,
    title: meta.title[lang],
    definition: meta.definition[lang],
    methodology: meta.methodology[lang],
  };
}

export function presentGroupBy(groupBy: GroupBy, lang: Lang): { id: GroupBy; label: string } {
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
): ValuesByBasisBody {
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
): GroupBody {
  return {
    key: group.key,
    label: groupKeyLabel(groupBy, group.key, lang),
    ...presentCell(group, unit, lang),
  };
}

export function presentTallyReference(
  tally: TallyReference,
  lang: Lang,
  release: string,
): TallyReferenceBody {
  return {
    ...tally,
    series_label: tallySeries.labels[tally.series][lang],
    href: readLink('/v1/tallies', release, { series: tally.series, lang }),
  };
}
