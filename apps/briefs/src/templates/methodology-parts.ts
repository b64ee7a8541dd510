import {
  AGREEMENT_RULES,
  GROUP_RULES,
  PARTNER_RULES,
  type IndicatorMeta,
  type Lang,
  type Localized,
} from '@sco/core';

/** The counting rules core's indicators share, in the order a brief states them. */
export const COUNTING_RULES: readonly Localized[] = [AGREEMENT_RULES, PARTNER_RULES, GROUP_RULES];

export interface MethodologyParts {
  /** What is the indicator's own: its numerator, denominator, formula… */
  readonly own: string;
  /** The shared counting rules its note ends with, in the order of COUNTING_RULES. */
  readonly rules: readonly Localized[];
}

/**
 * An indicator's methodology note split into its own text and the shared counting rules core appends to
 * every note, so that a brief can state the rules once and give each indicator only what is its own.
 */
export function methodologyParts(
  indicator: Pick<IndicatorMeta, 'methodology'>,
  lang: Lang,
): MethodologyParts {
  let own = indicator.methodology[lang];
  const rules = COUNTING_RULES.filter((rule) => {
    if (!own.includes(rule[lang])) return false;
    own = own.replace(rule[lang], '');
    return true;
  });
  // Only the spaces the cut leaves are collapsed: the no-break spaces of the French text stay.
  return { own: own.replace(/[ \t\r\n]+/g, ' ').trim(), rules };
}

/** The shared rules any of some indicators follows, each once, in the order of COUNTING_RULES. */
export function sharedRules(
  indicators: readonly Pick<IndicatorMeta, 'methodology'>[],
  lang: Lang,
): Localized[] {
  const used = new Set(indicators.flatMap((indicator) => methodologyParts(indicator, lang).rules));
  return COUNTING_RULES.filter((rule) => used.has(rule));
}
