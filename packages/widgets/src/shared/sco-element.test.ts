import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import atlas from 'world-atlas/countries-110m.json';
import '../index.js';
import { API, fakeApi } from '../test-support/fake-api.js';
import { fixtures } from '../test-support/fixtures.js';
import { mount, shadow, stage, text } from '../test-support/mount.js';
import { defineOnce } from './define.js';

const alertOf = (element: Element) => shadow(element).querySelector('[role="alert"]')?.textContent ?? '';

afterEach(async () => {
  vi.useRealTimers();
  await commands.emulateMedia({ colorScheme: null, reducedMotion: null });
});

describe('errors: a visible, localised message, never a blank box or an uncaught exception', () => {
  it('says the API cannot be reached (a closed port), in the widget’s language', async () => {
    const port = await commands.closedPort();
    const errors: { message: string; status?: number }[] = [];
    stage().addEventListener('sco-error', (event) => errors.push(event.detail));
    const element = await mount('sco-figure', { api: `http://127.0.0.1:${port}`, lang: 'fr' });
    expect(element.status).toBe('error');
    expect(alertOf(element)).toContain('Le service de données de l’Observatoire est injoignable.');
    expect(errors).toEqual([{ message: expect.stringContaining('injoignable') as string, status: 0 }]);
  });

  it('says the API failed on a 5xx', async () => {
    const api = fakeApi();
    api.override('/v1/tallies', { title: 'Internal error', status: 500 }, 500);
    const element = await mount('sco-timeline', { api: API, lang: 'zh' });
    expect(alertOf(element)).toContain('数据服务出错（错误 500）');
  });

  it.each([
    ['lang', 'de', 'Invalid value for “lang”: “de”. Expected en, fr or zh.'],
    ['theme', 'blue', 'Invalid value for “theme”: “blue”. Expected light, dark or auto.'],
    ['interval', '5', 'Invalid value for “interval”: “5”.'],
    ['interval', 'soon', 'Invalid value for “interval”: “soon”.'],
    ['api', 'ftp://example.org', 'Invalid value for “api”: “ftp://example.org”. Expected an http(s) URL.'],
    ['region', 'Mars', 'Invalid value for “region”: “Mars”.'],
    ['type', 'treaty', 'Invalid value for “type”: “treaty”.'],
    ['from', '19', 'Invalid value for “from”: “19”.'],
  ])('names a bad %s attribute (%s) and fetches nothing', async (name, value, message) => {
    const api = fakeApi();
    const element = await mount('sco-figure', { api: API, [name]: value });
    expect(alertOf(element)).toContain(message);
    expect(api.calls).toEqual([]);
  });

  it('recovers when a bad attribute is corrected', async () => {
    fakeApi();
    const element = await mount('sco-figure', { api: API, lang: 'de' });
    element.setAttribute('lang', 'fr');
    await expect.poll(() => element.status).toBe('ready');
    expect(text(element)).toContain('Version des données 1.0.0');
  });

  it('says inline data it cannot use cannot be shown', async () => {
    const element = await mount('sco-timeline', {}, { data: { not: 'an indicator' } });
    expect(alertOf(element)).toContain('The data given to this widget cannot be shown.');
  });
});

describe('requests', () => {
  it('makes one request per URL however many widgets ask for it (ten of each)', async () => {
    const api = fakeApi();
    const tags = [
      'sco-figure',
      'sco-timeline',
      'sco-breakdown',
      'sco-map',
      'sco-agreements',
      'sco-partner',
    ] as const;
    for (let i = 0; i < 10; i++) {
      for (const tag of tags) {
        const element = document.createElement(tag);
        element.setAttribute('api', API);
        if (tag === 'sco-partner') element.setAttribute('partner', 'RUS');
        if (tag === 'sco-map')
          element.setAttribute('geometry', '/node_modules/world-atlas/countries-110m.json');
        stage().append(element);
      }
    }
    const widgets = [...stage().children] as HTMLElement[];
    await vi.waitFor(
      () => {
        expect(widgets.every((widget) => widget.getAttribute('status') === 'ready')).toBe(true);
      },
      { timeout: 10_000 },
    );
    const counts = new Map<string, number>();
    for (const url of api.calls) counts.set(url, (counts.get(url) ?? 0) + 1);
    expect(
      [...counts.values()].every((count) => count === 1),
      JSON.stringify([...counts]),
    ).toBe(true);
    expect(counts.size).toBe(8);
  });

  it('re-checks every `interval` seconds with If-None-Match, and re-renders only when the data changed', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const api = fakeApi();
    const loads: string[] = [];
    const states: (string | null)[] = [];
    const element = await mount('sco-figure', { api: API, interval: '60' });
    element.addEventListener('sco-load', (event) => loads.push(event.detail.release));
    new MutationObserver(() => states.push(element.getAttribute('status'))).observe(element, {
      attributeFilter: ['status'],
    });
    const value = shadow(element).querySelector('[part="value"]');
    expect(value?.textContent).toBe('114');

    vi.advanceTimersByTime(60_000);
    await vi.waitFor(() => {
      expect(api.conditions).toHaveLength(2);
    });
    expect(api.conditions[1]).toMatch(/^W\//);
    await element.updateComplete;
    expect(loads).toEqual([]);
    expect(shadow(element).querySelector('[part="value"]')).toBe(value);

    const changed = structuredClone(fixtures.indicatorTotalEn);
    changed.total.values.all.value = 115;
    changed.total.values.all.formatted = '115';
    api.override('/v1/indicators/agreements', changed);
    vi.advanceTimersByTime(60_000);
    await vi.waitFor(() => {
      expect(value?.textContent).toBe('115');
    });
    expect(loads).toEqual(['1.0.0']);
    expect(states).toEqual([]);
  });

  it('keeps the data on screen, with a note, when a re-check fails', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const api = fakeApi();
    const element = await mount('sco-figure', { api: API, interval: '10' });
    api.override('/v1/indicators/agreements', { title: 'Unavailable' }, 503);
    vi.advanceTimersByTime(10_000);
    await vi.waitFor(() => {
      expect(text(element)).toContain('Could not check for newer data');
    });
    expect(shadow(element).querySelector('[part="value"]')?.textContent).toBe('114');
  });

  it('fetches nothing with inline data (print mode)', async () => {
    const api = fakeApi();
    await mount('sco-figure', { api: API }, { data: fixtures.indicatorTotalEn });
    await mount('sco-map', { api: API }, { data: fixtures.partners, geometryData: atlas });
    expect(api.calls).toEqual([]);
  });
});

describe('the host page stays as it was', () => {
  it('defines each element once; defining again keeps the first', () => {
    const first = customElements.get('sco-figure');
    expect(() => {
      defineOnce('sco-figure', class extends HTMLElement {});
    }).not.toThrow();
    expect(customElements.get('sco-figure')).toBe(first);
  });

  it('sets no cookie, uses no storage and writes no style attribute', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const cookie = vi.spyOn(Document.prototype, 'cookie', 'set');
    fakeApi();
    const widgets = await Promise.all([
      mount('sco-map', { api: API }, { data: fixtures.partners, geometryData: atlas }),
      mount('sco-agreements', { api: API }),
      mount('sco-timeline', { api: API }),
      mount('sco-partner', { api: API, partner: 'RUS' }),
    ]);
    expect(setItem).not.toHaveBeenCalled();
    expect(cookie).not.toHaveBeenCalled();
    for (const widget of widgets) {
      expect(widget.hasAttribute('style')).toBe(false);
      expect(shadow(widget).querySelectorAll('[style]')).toHaveLength(0);
      expect(shadow(widget).querySelectorAll('style, script')).toHaveLength(0);
    }
  });

  it('sends bubbling, composed events that the page can hear', async () => {
    const heard: string[] = [];
    document.addEventListener('sco-load', (event) => heard.push((event.target as Element).localName), {
      once: true,
    });
    await mount('sco-figure', {}, { data: fixtures.indicatorTotalEn });
    expect(heard).toEqual(['sco-figure']);
  });
});

describe('themes and the reader’s preferences', () => {
  const background = (element: Element) => {
    const frame = shadow(element).querySelector('.frame');
    return frame ? getComputedStyle(frame).backgroundColor : '';
  };

  it('is light by default, dark with theme="dark", and follows prefers-color-scheme with auto', async () => {
    const light = await mount('sco-figure', {}, { data: fixtures.indicatorTotalEn });
    expect(background(light)).toBe('rgb(255, 255, 255)');
    const dark = await mount('sco-figure', { theme: 'dark' }, { data: fixtures.indicatorTotalEn });
    expect(background(dark)).toBe('rgb(22, 25, 30)');
    await commands.emulateMedia({ colorScheme: 'dark' });
    expect(background(light)).toBe('rgb(22, 25, 30)');
    const forcedLight = await mount('sco-figure', { theme: 'light' }, { data: fixtures.indicatorTotalEn });
    expect(background(forcedLight)).toBe('rgb(255, 255, 255)');
  });

  it('takes the page’s branding through custom properties and ::part', async () => {
    const element = await mount('sco-figure', {}, { data: fixtures.indicatorTotalEn });
    element.style.setProperty('--sco-color-accent', 'rgb(200, 0, 0)');
    const value = shadow(element).querySelector('[part="value"]');
    expect(value ? getComputedStyle(value).color : '').toBe('rgb(200, 0, 0)');
  });

  it('stops its transitions when the reader prefers reduced motion', async () => {
    const element = await mount('sco-map', {}, { data: fixtures.partners, geometryData: atlas });
    const path = shadow(element).querySelector('path.animated');
    if (!path) throw new Error('no map path');
    expect(getComputedStyle(path).transitionDuration).not.toBe('0s');
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(path).transitionDuration).toBe('0s');
  });
});

describe('the page language', () => {
  it('is the default language when it is en, fr or zh', async () => {
    document.documentElement.lang = 'zh-CN';
    try {
      const element = await mount('sco-figure', {}, { data: fixtures.indicatorTotalEn });
      expect(element.language).toBe('zh');
      expect(text(element)).toContain('数据版本 1.0.0');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
