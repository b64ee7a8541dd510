import { intlDifferences } from '@sco/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API, fakeApi } from '../test-support/fake-api.js';
import { formatList } from './format.js';
import { mount, text } from '../test-support/mount.js';
import '../sco-agreements/sco-agreements.js';
import '../sco-breakdown/sco-breakdown.js';
import '../sco-figure/sco-figure.js';
import '../sco-map/sco-map.js';
import '../sco-partner/sco-partner.js';
import '../sco-timeline/sco-timeline.js';

/** The world-atlas file as the dev server serves it (the build copies it to dist/geo/). */
const GEOMETRY = '/node_modules/world-atlas/countries-110m.json';

const WIDGETS = [
  ['sco-figure', { indicator: 'agreements' }],
  ['sco-breakdown', { by: 'type' }],
  ['sco-timeline', {}],
  ['sco-map', { geometry: GEOMETRY }],
  ['sco-partner', { partner: 'RUS' }],
  ['sco-agreements', {}],
] as const;

// The Intl objects whose first construction loads the locale's data (5–10 ms each on a 2 GHz core);
// Intl.PluralRules (0.2 ms) is left.
const FORMATS = ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'Collator'] as const;
const originals = {
  NumberFormat: Intl.NumberFormat,
  DateTimeFormat: Intl.DateTimeFormat,
  ListFormat: Intl.ListFormat,
  Collator: Intl.Collator,
};
let made: string[] = [];

// Every Intl format or collator made while the widgets render, by kind and language.
beforeEach(() => {
  made = [];
  for (const kind of FORMATS) {
    const counted = new Proxy(originals[kind], {
      construct(target, args: unknown[]) {
        made.push(`${kind} ${String(args[0])}`);
        return Reflect.construct(target, args) as object;
      },
    });
    Object.assign(Intl, { [kind]: counted });
  }
});

afterEach(() => {
  Object.assign(Intl, originals);
});

describe('the widgets’ first render', () => {
  it('writes its numbers, dates and lists without an Intl format (the locale’s data waits for later)', async () => {
    fakeApi();
    for (const lang of ['en', 'fr', 'zh']) {
      for (const [tag, attributes] of WIDGETS) {
        const element = await mount(tag, { api: API, lang, ...attributes });
        expect(element.getAttribute('status'), `${tag} ${lang}: ${text(element)}`).toBe('ready');
      }
    }
    expect(made).toEqual([]);
  });

  it('writes every number and date as the browser’s Intl does, in each language', () => {
    Object.assign(Intl, originals);
    expect(intlDifferences().slice(0, 20)).toEqual([]);
  }, 60_000);

  it('joins lists as the browser’s Intl.ListFormat does, in each language', () => {
    const names = ['Russian Federation', 'Brazil', 'South Africa', 'India', 'Egypt'];
    for (const lang of ['en', 'fr', 'zh'] as const) {
      const intl = new originals.ListFormat(lang, { type: 'conjunction' });
      for (let count = 0; count <= names.length; count++) {
        expect(formatList(lang, names.slice(0, count))).toBe(intl.format(names.slice(0, count)));
      }
    }
  });
});
