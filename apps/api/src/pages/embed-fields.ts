import {
  agreementTypes,
  areaName,
  groupByLabels,
  icsFields,
  INDICATORS,
  REGION_CODES,
  type GroupBy,
} from '@sco/core';
import type { WidgetAttribute, WidgetElement } from '../widgets/widget-elements.js';

/** Attributes the builder does not offer: `api` is where the script comes from; `status` the widget sets. */
const NOT_OFFERED = new Set(['api', 'status']);

const BREAKDOWNS: readonly GroupBy[] = ['type', 'region', 'sector', 'partner_kind'];

/** The closed lists of values an attribute takes, with an English label each. */
const CHOICES: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  lang: [
    ['en', 'English'],
    ['fr', 'Français'],
    ['zh', '中文'],
  ],
  theme: [
    ['auto', 'auto (follows the reader’s system)'],
    ['light', 'light'],
    ['dark', 'dark'],
  ],
  by: BREAKDOWNS.map((code) => [code, groupByLabels[code].en]),
  region: REGION_CODES.map((code) => [code, `${areaName(code, 'en')} (${code})`]),
  type: agreementTypes.codes.map((code) => [code, agreementTypes.labels[code].en]),
  sector: icsFields.codes.map((code) => [code, `${code} ${icsFields.labels[code].en}`]),
  indicator: INDICATORS.map((indicator) => [indicator.id, `${indicator.title.en} (${indicator.id})`]),
};

/** Free values with suggestions the page fetches from the API (`/v1/partners`, `/v1/releases`). */
const SUGGESTED: Readonly<Record<string, string>> = { partner: 'partners', release: 'releases' };

export type EmbedField =
  | {
      readonly kind: 'choice';
      readonly attribute: WidgetAttribute;
      readonly choices: readonly (readonly [string, string])[];
    }
  | { readonly kind: 'boolean'; readonly attribute: WidgetAttribute }
  | { readonly kind: 'number'; readonly attribute: WidgetAttribute }
  | { readonly kind: 'text'; readonly attribute: WidgetAttribute; readonly list: string | undefined };

/** The builder's fields for a widget's attributes: its own first, then the filters and the common ones. */
export function embedFields(element: WidgetElement): readonly EmbedField[] {
  return element.attributes
    .filter((attribute) => !NOT_OFFERED.has(attribute.name))
    .map((attribute): EmbedField => {
      const choices = CHOICES[attribute.name];
      if (choices) return { kind: 'choice', attribute, choices };
      if (attribute.type === 'boolean') return { kind: 'boolean', attribute };
      if (attribute.type === 'number') return { kind: 'number', attribute };
      return { kind: 'text', attribute, list: SUGGESTED[attribute.name] };
    });
}

/** A default written as a source literal (`'type'`, `10`), as the value it stands for. */
export function defaultValue(attribute: WidgetAttribute): string | undefined {
  const literal = attribute.default;
  if (literal === undefined || literal === 'undefined') return undefined;
  return literal.replace(/^(['"`])(.*)\1$/, '$2');
}
