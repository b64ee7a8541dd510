/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './support/api-server.js';
import { launchChromium, type TestBrowser } from './support/chromium.js';
import { Closer } from './support/closer.js';
import { openProbedPage, widgetsSettled } from './support/page-probe.js';

/**
 * The pages that show widgets, with the API's live data (more years, partners and labels than a fixture); the
 * landing page and the demo in French and Chinese too (longer labels, another script).
 */
const PAGES = ['/', '/demo', '/embed', '/?lang=fr', '/?lang=zh', '/demo?lang=fr', '/demo?lang=zh'] as const;
const WIDTHS = [320, 375, 768, 1280] as const;

/**
 * Every text of the page's widgets (shadow roots) drawn under 10 CSS px: its font size times the scale of its
 * SVG, if any. Text a screen reader alone reads (.sr-only, <title>) and text not displayed are left out.
 */
function smallText(): string[] {
  const small: string[] = [];
  let widgets = 0;
  for (const host of document.querySelectorAll('*')) {
    if (!host.shadowRoot || !host.localName.startsWith('sco-')) continue;
    widgets++;
    for (const node of host.shadowRoot.querySelectorAll('*')) {
      if (node.closest('.sr-only, title') || node.getClientRects().length === 0) continue;
      const own = [...node.childNodes].some(
        (child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim(),
      );
      if (!own) continue;
      let size = Number.parseFloat(getComputedStyle(node).fontSize);
      if (node instanceof SVGGraphicsElement) {
        const matrix = node.getScreenCTM();
        if (matrix) size *= Math.hypot(matrix.a, matrix.b);
      }
      if (size < 10)
        small.push(`${host.localName} "${node.textContent.trim().slice(0, 30)}" ${size.toFixed(1)} px`);
    }
  }
  if (widgets === 0) small.push('no widget on the page');
  return small.slice(0, 10);
}

describe('the widgets’ text on the site’s pages, at phone, tablet and laptop widths', () => {
  const closer = new Closer();
  let api: RunningApi;
  let chromium: TestBrowser;

  beforeAll(async () => {
    api = closer.add(await startApi());
    chromium = closer.add(await launchChromium());
  });

  afterAll(() => closer.closeAll());

  for (const path of PAGES) {
    it.each(WIDTHS)(
      `${path} at %i px: no chart text drawn under 10 CSS px`,
      async (width) => {
        const probe = await openProbedPage(chromium.browser);
        try {
          await probe.page.setViewport({ width, height: 800 });
          await probe.page.goto(`${api.origin}${path}`, { waitUntil: 'networkidle0' });
          await widgetsSettled(probe.page);
          // The charts re-draw at their measured width on the frame after they are laid out.
          await probe.page.evaluate(
            () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
          );
          expect({ width, small: await probe.page.evaluate(smallText) }).toEqual({ width, small: [] });
        } finally {
          await probe.close();
        }
      },
      60_000,
    );
  }
});
