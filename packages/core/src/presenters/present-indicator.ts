import type { Lang } from '../i18n/lang.js';
import type { ByBasis } from '../indicators/by-basis.js';
import { formatBasisRange } from '../indicators/format-range.js';
import { EM_DASH } from '../indicators/format-value.js';
import { sharedStyle, UNIT_STYLES } from '../indicators/unit-styles.js';
import { formatNumber, type NumberStyle } from '../i18n/format-number.js';
import { VERIFICATION_BASES } from '../vocabulary/verification.js';
import { groupByLabels, type GroupBy } from '../indicators/group-by.js';
import { groupKeyLabel } from '../indicators/group-key-label.js';
import type { IndicatorMeta } from '../indicators/indicator-definition.js';
import type { IndicatorCell, IndicatorGroup, TallyReference } from '../indicators/indicator-result.js';
import type { IndicatorUnit } from '../indicators/indicator-unit.js';
import type { IndicatorValue } from '../indicators/indicator-value.js';
import { nullReasons } from '../indicators/null-reason.js';
import { tallySeries } from '../vocabulary/tally-series.js';
import type {
  CellBody,
  GroupBody,
  GroupByBody,
  IndicatorDescriptionBody,
  TallyReferenceBody,
  ValueBody,
  ValuesByBasisBody,
} from './indicator-bodies.js';
import type { ReadLink } from './read-link.js';

/** An indicator's id, unit, title, definition and methodology in a language. */
export function describeIndicator(meta: IndicatorMeta, lang: Lang): IndicatorDescriptionBody {
  return {
    id: meta.id,
    unit: meta.unit,
    title: meta.title[lang],
    definition: meta.definition[lang],
    methodology: meta.methodology[lang],
  };
}

export function presentGroupBy(groupBy: GroupBy, lang: Lang): GroupByBody {
  return { id: groupBy, label: groupByLabels[groupBy][lang] };
}

/**
 * One figure with its null reason and its text in a language; `style` overrides the unit's (the three
 * bases of a cell share their decimals, see presentValues).
 */
export function presentValue(
  value: IndicatorValue,
  unit: IndicatorUnit,
  lang: Lang,
  style: NumberStyle = UNIT_STYLES[unit],
): ValueBody {
  return {
    value: value.value,
    null_reason: value.null_reason,
    null_reason_label: value.null_reason === null ? null : nullReasons.labels[value.null_reason][lang],
    n: value.n,
    ...(value.numerator === undefined ? {} : { numerator: value.numerator }),
    ...(value.denominator === undefined ? {} : { denominator: value.denominator }),
    formatted: value.value === null ? EM_DASH : formatNumber(value.value, lang, style),
  };
}

/**
 * A figure on the three verification bases, written with the same decimals, those the most precise of them
 * needs ("15.4%, 22.4%, 31.0%", never "… 31%"), as their range is (formatBasisRange): a card or a table row
 * of the three never mixes two precisions.
 */
export function presentValues(
  values: ByBasis<IndicatorValue>,
  unit: IndicatorUnit,
  lang: Lang,
): ValuesByBasisBody {
  const known = VERIFICATION_BASES.flatMap((basis) => {
    const value = values[basis].value;
    return value === null ? [] : [value];
  });
  const shared = sharedStyle(known, unit);
  return {
    verified: presentValue(values.verified, unit, lang, shared),
    verified_single: presentValue(values.verified_single, unit, lang, shared),
    all: presentValue(values.all, unit, lang, shared),
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

/** The official tally an indicator compared the dataset with, linked to the tallies of its series. */
export function presentTallyReference(tally: TallyReference, lang: Lang, link: ReadLink): TallyReferenceBody {
  return {
    ...tally,
    series_label: tallySeries.labels[tally.series][lang],
    href: link('/v1/tallies', { series: tally.series, lang }),
  };
}
