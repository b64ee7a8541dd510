/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './support/api-server.js';
import { launchChromium, type TestBrowser } from './support/chromium.js';
import { Closer } from './support/closer.js';
import { openProbedPage, widgetsSettled } from './support/page-probe.js';

/**
 * The pages that show the widgets with the site's own colours (the landing page) or a partner's (the demo), in
 * each of their languages.
 */
const PAGES = ['/', '/demo', '/?lang=fr', '/?lang=zh', '/demo?lang=fr', '/demo?lang=zh'] as const;

/** What one mark or label of a widget keeps against its widget's background, as the page shows it. */
interface Measured {
  readonly what: string;
  readonly ratio: number;
}

/**
 * The contrast of every series a widget draws against the widget's background, as computed in the page with
 * the page's custom properties applied: the verification levels (l0…l2) of the timeline and the breakdown, the
 * map's classes (c1…c4, its legend draws each), the tallies' diamonds (their fill, or their outline when they
 * have one) and the tallies' numbers (small text).
 */
function measure(): Measured[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  /** A CSS colour as sRGB channels and alpha, as the browser parses it. */
  const channels = (color: string): [number, number, number, number] => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = '#000';
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const luminance = (rgb: readonly number[]) =>
    rgb
      .map((value) => value / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
  /** The WCAG contrast of a colour, drawn over the background with its alpha, against that background. */
  const ratio = (color: string, background: string) => {
    const [r, g, b, a] = channels(color);
    const back = channels(background).slice(0, 3);
    const seen = [r, g, b].map((value, i) => a * value + (1 - a) * (back[i] ?? 0));
    const [light, dark] = [luminance(seen), luminance(back)].sort((x, y) => y - x);
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  };
  const found: Measured[] = [];
  for (const host of document.querySelectorAll('sco-timeline, sco-breakdown, sco-map')) {
    const root = host.shadowRoot;
    const frame = root?.querySelector('.frame');
    if (!root || !frame) continue;
    const background = getComputedStyle(frame).backgroundColor;
    const add = (selector: string, read: (style: CSSStyleDeclaration) => string) => {
      const node = root.querySelector(selector);
      if (node)
        found.push({
          what: `${host.localName} ${selector}`,
          ratio: ratio(read(getComputedStyle(node)), background),
        });
    };
    for (const level of ['l0', 'l1', 'l2']) add(`rect.${level}`, (style) => style.fill);
    for (const cls of ['c1', 'c2', 'c3', 'c4']) add(`.legend .${cls}, rect.${cls}`, (style) => style.fill);
    add('path.tally', (style) => (style.stroke === 'none' ? style.fill : style.stroke));
    add('text.tally-label', (style) => style.fill);
  }
  return found;
}

/**
 * The colours of each widget's links and data-table disclosures on the page, by widget: on the landing page
 * every widget takes the page's accent (sco-network and sco-scatter kept the widgets' default blue).
 */
function accents(): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const host of document.querySelectorAll('*')) {
    const root = host.shadowRoot;
    if (!root || !host.localName.startsWith('sco-')) continue;
    const colours = [...root.querySelectorAll('.footer a, summary')].map(
      (node) => getComputedStyle(node).color,
    );
    found[host.localName] = [...new Set([...(found[host.localName] ?? []), ...colours])];
  }
  return found;
}

describe('the widgets’ series on the site’s pages keep their contrast, light and dark', () => {
  const closer = new Closer();
  let api: RunningApi;
  let chromium: TestBrowser;

  beforeAll(async () => {
    api = closer.add(await startApi());
    chromium = closer.add(await launchChromium());
  });

  afterAll(() => closer.closeAll());

  for (const path of PAGES) {
    it.each(['light', 'dark'] as const)(
      `${path} (%s): every series at 3:1 against its widget, the tallies’ numbers at 4.5:1`,
      async (scheme) => {
        const probe = await openProbedPage(chromium.browser);
        try {
          await probe.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          await probe.page.goto(`${api.origin}${path}`, { waitUntil: 'networkidle0' });
          await widgetsSettled(probe.page);
          const measured = await probe.page.evaluate(measure);
          // The levels and the map's classes are on both pages; the tallies on the demo's timeline.
          const names = measured.map(({ what }) => what);
          expect(names.filter((name) => name.endsWith('rect.l2')).length).toBeGreaterThan(0);
          expect(names.filter((name) => name.includes('.c1')).length).toBeGreaterThan(0);
          if (path.startsWith('/demo')) expect(names).toContain('sco-timeline text.tally-label');
          const low = measured
            .filter(({ what, ratio }) => ratio < (what.endsWith('tally-label') ? 4.5 : 3))
            .map(({ what, ratio }) => `${what} ${ratio.toFixed(2)}`);
          expect(low).toEqual([]);
        } finally {
          await probe.close();
        }
      },
      60_000,
    );
  }

  it.each(['light', 'dark'] as const)(
    '/ (%s): every widget’s links and data-table disclosures in the page’s accent',
    async (scheme) => {
      const probe = await openProbedPage(chromium.browser);
      try {
        await probe.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await probe.page.goto(`${api.origin}/`, { waitUntil: 'networkidle0' });
        await widgetsSettled(probe.page);
        const byWidget = await probe.page.evaluate(accents);
        expect(Object.keys(byWidget)).toEqual(
          expect.arrayContaining(['sco-map', 'sco-network', 'sco-scatter']),
        );
        const accent = byWidget['sco-map'];
        expect(accent).toHaveLength(1);
        for (const [widget, colours] of Object.entries(byWidget))
          expect({ widget, colours }).toEqual({ widget, colours: accent });
      } finally {
        await probe.close();
      }
    },
    60_000,
  );
});
