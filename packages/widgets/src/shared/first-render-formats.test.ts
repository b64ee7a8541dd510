import { intlDifferences } from '@sco/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API, fakeApi } from '../test-support/fake-api.js';
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

const FORMATS = ['NumberFormat', 'DateTimeFormat'] as const;
const originals = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat };
let made: string[] = [];

// Every Intl number and date format made while the widgets render, by kind and language.
beforeEach(() => {
  made = [];
  for (const kind of FORMATS) {
    Intl[kind] = new Proxy(originals[kind], {
      construct(target, args: unknown[]) {
        made.push(`${kind} ${String(args[0])}`);
        return Reflect.construct(target, args) as object;
      },
    }) as never;
  }
});

afterEach(() => {
  Object.assign(Intl, originals);
});

describe('the widgets’ first render', () => {
  it('writes its numbers and dates without an Intl format (the locale’s data waits for later)', async () => {
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
  });
});
