import {
  findCountry,
  formatBasisRange,
  HARD_CAVEATS,
  INDICATOR_UNITS,
  INDICATORS,
  isLang,
  presentValues,
  type ByBasis,
  type IndicatorUnit,
  type IndicatorValue,
  type Lang,
} from '@sco/core';
import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures.js';

/** The partners a response names, with the name it gives them: `{ partner, name }` anywhere in it. */
function namedPartners(value: unknown): [string, string][] {
  if (Array.isArray(value)) return value.flatMap(namedPartners);
  if (value === null || typeof value !== 'object') return [];
  const own: [string, string][] =
    'partner' in value &&
    'name' in value &&
    typeof value.partner === 'string' &&
    typeof value.name === 'string'
      ? [[value.partner, value.name]]
      : [];
  return [...own, ...Object.values(value).flatMap(namedPartners)];
}

const BASES = ['verified', 'verified_single', 'all'] as const;

type Texts = [path: string, fixture: string, today: string][];

function isUnit(value: unknown): value is IndicatorUnit {
  return INDICATOR_UNITS.some((unit) => unit === value);
}

/** A figure on the three verification bases, as the API writes one: `{ verified, verified_single, all }`. */
function byBasis(
  value: unknown,
): { [basis in (typeof BASES)[number]]: IndicatorValue & { formatted: string } } | null {
  if (value === null || typeof value !== 'object') return null;
  return BASES.every((basis) => {
    const figure: unknown = (value as Record<string, unknown>)[basis];
    return figure !== null && typeof figure === 'object' && 'formatted' in figure;
  })
    ? (value as never)
    : null;
}

function numbersOf(values: { [basis in (typeof BASES)[number]]: IndicatorValue }): ByBasis<IndicatorValue> {
  const numbers = (value: IndicatorValue): IndicatorValue => ({ ...value, null_reason: null });
  return {
    verified: numbers(values.verified),
    verified_single: numbers(values.verified_single),
    all: numbers(values.all),
  };
}

/**
 * Every figure's text in a response beside the text core writes for it today: each basis's `formatted` and each
 * `range`, in the response's language and the unit of the figure (its own `unit`, its indicator's, or a share
 * for a tally's coverage).
 */
function figureTexts(value: unknown, lang: Lang, unit: IndicatorUnit | null, path: string): Texts {
  if (Array.isArray(value)) return value.flatMap((item, i) => figureTexts(item, lang, unit, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const own = 'unit' in value && isUnit(value.unit) ? value.unit : unit;
  const values = byBasis(value);
  if (values) {
    const figureUnit = own ?? (/share$/.test(path) ? 'share' : null);
    if (figureUnit === null) throw new Error(`${path}: no unit`);
    // Only the numbers decide the texts: a null reason the fixture names and core no longer knows is left out.
    const today = presentValues(numbersOf(values), figureUnit, lang);
    return BASES.map((basis) => [`${path}.${basis}`, values[basis].formatted, today[basis].formatted]);
  }
  const range: Texts = [];
  const cellValues = 'values' in value ? byBasis(value.values) : null;
  if (cellValues && 'range' in value && typeof value.range === 'string' && own !== null)
    range.push([`${path}.range`, value.range, formatBasisRange(numbersOf(cellValues), own, lang)]);
  // A tally's coverage: `share` and `share_range`, `partner_share` and `partner_share_range`.
  for (const [key, item] of Object.entries(value)) {
    const shares = key.endsWith('share') ? byBasis(item) : null;
    const text: unknown = (value as Record<string, unknown>)[`${key}_range`];
    if (shares && typeof text === 'string')
      range.push([`${path}.${key}_range`, text, formatBasisRange(numbersOf(shares), 'share', lang)]);
  }
  return [
    ...range,
    ...Object.entries(value).flatMap(([key, item]) =>
      figureTexts(item, lang, key === 'indicator' ? unit : own, `${path}.${key}`),
    ),
  ];
}

describe('the test fixtures', () => {
  it('write every figure and range as core writes it for the API today (shares with one decimal: "50.0%")', () => {
    const texts = Object.entries(fixtures).flatMap(([name, body]): Texts => {
      const lang = 'lang' in body && isLang(body.lang) ? body.lang : 'en';
      const unit = 'indicator' in body && isUnit(body.indicator.unit) ? body.indicator.unit : null;
      return figureTexts(body, lang, unit, name);
    });
    const shares = texts.filter(([, fixture]) => fixture.includes('%'));
    expect(shares.length).toBeGreaterThan(50);
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter(([, fixture, today]) => fixture !== today)).toEqual([]);
  });

  it('name the countries as core names them today, in French too (Arabie saoudite, États-Unis d’Amérique)', () => {
    const stale: string[] = [];
    for (const partner of fixtures.partners.items) {
      const country = findCountry(partner.code);
      if (country && partner.names.fr !== country.names.fr)
        stale.push(`partners ${partner.code}: ${partner.names.fr} ≠ ${country.names.fr}`);
    }
    const named = namedPartners(fixtures.softHardFr);
    expect(named.length).toBeGreaterThan(50);
    for (const [code, name] of named) {
      const country = findCountry(code);
      if (country && name !== country.names.fr)
        stale.push(`soft-hard-fr ${code}: ${name} ≠ ${country.names.fr}`);
    }
    expect(stale).toEqual([]);
  });

  it('carry core’s French texts as core writes them today', () => {
    expect(fixtures.softHardFr.caveats).toEqual(HARD_CAVEATS.map((caveat) => caveat.fr));
    for (const values of [fixtures.indicatorShareFr, fixtures.indicatorTypeFr]) {
      const indicator = INDICATORS.find((candidate) => candidate.id === values.indicator.id);
      expect(values.indicator.methodology, values.indicator.id).toBe(indicator?.methodology.fr);
      expect(values.indicator.definition, values.indicator.id).toBe(indicator?.definition.fr);
    }
  });
});
