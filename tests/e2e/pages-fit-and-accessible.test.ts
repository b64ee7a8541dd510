/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './support/api-server.js';
import { launchChromium, type TestBrowser } from './support/chromium.js';
import { Closer } from './support/closer.js';
import { openProbedPage, widgetsSettled, type ProbedPage } from './support/page-probe.js';

/** The widths a page must fit: a small phone, a common phone, a tablet, a laptop. */
const WIDTHS = [320, 375, 768, 1280] as const;

/** How each page says it is ready to be looked at. */
type Ready = 'widgets' | 'reference' | 'load';

/** Every HTML page the API serves, as a visitor opens it (the studio signed out and signed in). */
const PAGES: readonly { readonly path: string; readonly ready: Ready; readonly signedIn?: boolean }[] = [
  { path: '/', ready: 'widgets' },
  { path: '/embed', ready: 'widgets' },
  { path: '/demo', ready: 'widgets' },
  // The pages written in French and Chinese: longer words, other scripts, the same layout.
  { path: '/?lang=fr', ready: 'widgets' },
  { path: '/?lang=zh', ready: 'widgets' },
  { path: '/demo?lang=fr', ready: 'widgets' },
  { path: '/demo?lang=zh', ready: 'widgets' },
  { path: '/docs', ready: 'reference' },
  { path: '/widgets/docs', ready: 'load' },
  { path: '/studio', ready: 'load' },
  { path: '/studio', ready: 'load', signedIn: true },
];

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeWindow {
  axe?: { run(context: Document, options: object): Promise<AxeResults> };
}

/** Every violation axe-core finds, whatever its impact, each with the elements it names. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as AxeWindow).axe;
    if (!axe) throw new Error('axe-core did not load');
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations.map(
    (violation) =>
      `${violation.impact ?? ''} ${violation.id}: ${violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** How far the page scrolls sideways, and if it does, the elements (shadow roots included) that stick out. */
function overflow(page: Page): Promise<{ readonly by: number; readonly culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    // Below an element that scrolls or clips sideways, nothing can make the page scroll.
    const walk = (root: Element | ShadowRoot, host: string, parentFits: boolean) => {
      for (const element of root.children) {
        const box = element.getBoundingClientRect();
        const fits = box.width === 0 || box.right <= width + 0.5;
        if (!fits && parentFits)
          culprits.push(`${host}${element.localName}.${element.getAttribute('class') ?? ''}`);
        if (getComputedStyle(element).overflowX !== 'visible') continue;
        walk(element, host, fits);
        if (element.shadowRoot) walk(element.shadowRoot, `${host}${element.localName} › `, fits);
      }
    };
    const by = document.documentElement.scrollWidth - width;
    // The culprits only say where to look when the page does scroll.
    if (by > 0) walk(document.documentElement, '', true);
    return { by, culprits: culprits.slice(0, 10) };
  });
}

/**
 * The tables' captions that run past the right edge of the window: a caption is as wide as its table, so in a
 * box that scrolls sideways its lines would be cut at the screen's edge (the end of each line unreadable).
 */
function cutCaptions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('caption')]
      .filter((caption) => caption.getBoundingClientRect().right > width + 0.5)
      .map((caption) => caption.id || caption.textContent.trim().slice(0, 30));
  });
}

/**
 * How the site's navigation lays out its links: the rows they take and those that break across lines. Squeezed
 * between the name and the language switch at 768 px, its six links stood in a column of six rows.
 */
function navLayout(page: Page): Promise<{ readonly rows: number; readonly broken: string[] }> {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll('.site-nav a')];
    const lineTops = (link: Element) => {
      const range = document.createRange();
      range.selectNodeContents(link);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    };
    return {
      rows: new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size,
      broken: links.filter((link) => lineTops(link).size > 1).map((link) => link.textContent.trim()),
    };
  });
}

/**
 * What stands off the header's one row: the name, each link of the navigation and the language switch must each
 * cross the horizontal line through the middle of the header's bar (the name may take two lines beside the
 * links), and the links stand at one height. At 1,280 px the French links took two rows under one another, the
 * name beside them.
 */
function headerRow(page: Page): Promise<{ readonly linkRows: number; readonly off: string[] }> {
  return page.evaluate(() => {
    const bar = document.querySelector('.site-header .bar');
    if (!bar) return { linkRows: 0, off: ['no header bar'] };
    const box = bar.getBoundingClientRect();
    const middle = box.top + box.height / 2;
    const links = [...bar.querySelectorAll('.site-nav a')];
    const items = [bar.querySelector('.brand'), ...links, bar.querySelector('.lang-switch')];
    return {
      linkRows: new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size,
      off: items
        .filter((item): item is Element => item !== null)
        .filter((item) => {
          const { top, bottom } = item.getBoundingClientRect();
          return top > middle || bottom < middle;
        })
        .map((item) => item.textContent.trim().replace(/\s+/g, ' ')),
    };
  });
}

/**
 * The contrast against the header of the focus ring a keyboard user sees on the header's first link, and of
 * the current page's mark (WCAG's 3:1 for what is not text); null on a page without the site's header (the
 * demo). The widgets' docs page, whose header and styles come with the widgets' build, has the same header.
 */
function headerMarks(page: Page): Promise<{ readonly focus: number; readonly current: number } | null> {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header:has(.site-nav)');
    const link = header?.querySelector('a');
    if (!header || !(link instanceof HTMLElement)) return null;
    const luminance = (color: string) =>
      (color.match(/[\d.]+/g) ?? [])
        .slice(0, 3)
        .map((value) => Number(value) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
    const background = luminance(getComputedStyle(header).backgroundColor);
    const ratio = (color: string) => {
      const [light = 0, dark = 0] = [luminance(color), background].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    link.focus({ focusVisible: true } as FocusOptions);
    const focus = ratio(getComputedStyle(link).outlineColor);
    link.blur();
    const current = header.querySelector('[aria-current="page"]');
    return {
      focus,
      current: current ? ratio(getComputedStyle(current).borderBottomColor) : Infinity,
    };
  });
}

/**
 * The words of the page's headings (shadow roots included) that break across lines: a heading wraps between
 * its words only ("Para / met / ers" on a phone is a defect), or after the hyphen of a compound
 * ("Content-Security- / Policy"). Each word, or part of a compound, is measured as a text range; Chinese
 * breaks between any two characters.
 */
function brokenHeadingWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const headings: Element[] = [];
    const collect = (root: Document | ShadowRoot) => {
      headings.push(...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'));
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot);
    };
    collect(document);
    for (const heading of headings) {
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A Han character, or a Chinese punctuation mark (，。（）), is a word of its own: Chinese breaks between
        // any two of them.
        for (const match of text.matchAll(
          /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\-\u2010\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu,
        )) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) broken.push(`${heading.localName}: ${match[0]} (${lines.size} lines)`);
        }
      }
    }
    return broken;
  });
}

/**
 * The names in the page's own tables that break inside a word: a header, or a cell of any column but the
 * second (the widgets' docs put names first, their meaning second, and the class they come from third), breaks
 * between words, after "-", "(" or "." ("--sco-color-", "::part(") or between the words of a camel-case name
 * ("Filter / Element"), never elsewhere ("int/erv/al", "Pro/per/ty" on a phone); Chinese between any two
 * characters, but in a column's header, whose words ("已核实") break at spaces only (at 375 px the Chinese
 * "已/核/实" stood a character a line). Each piece is measured as a text range.
 */
function brokenCellWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('table th, table td:not(:nth-child(2))')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A Han character or a Chinese punctuation mark is a word of its own, as in the headings: Chinese breaks
        // between any two of them (after "，" before "2025" in a publisher's name, once drawn in a Chinese font).
        // In a column's header, a run of Han characters is one word.
        const pieces = cell.matches('thead th')
          ? /\p{Script=Han}+|[\u3000-\u303f\uff00-\uffef]|[^\s\-(.\p{Script=Han}\u3000-\u303f\uff00-\uffef]*?(?:[-(.]+|[a-z](?=[A-Z])|(?=\s|[\p{Script=Han}\u3000-\u303f\uff00-\uffef])|$)/gu
          : /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\-(.\p{Script=Han}\u3000-\u303f\uff00-\uffef]*?(?:[-(.]+|[a-z](?=[A-Z])|(?=\s|[\p{Script=Han}\u3000-\u303f\uff00-\uffef])|$)/gu;
        for (const match of text.matchAll(pieces)) {
          if (match[0].trim().length < 2) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) broken.push(`${cell.localName}: ${match[0]} (${lines.size} lines)`);
        }
      }
    }
    return broken;
  });
}

async function whenReady(probe: ProbedPage, ready: Ready): Promise<void> {
  if (ready === 'widgets') await widgetsSettled(probe.page);
  if (ready === 'reference') await probe.page.waitForSelector('#reference .opblock', { timeout: 20_000 });
}

/** The axe violations of the page as it is, in the light scheme and in the dark one (media emulated). */
async function violationsInBothSchemes(page: Page, state: string): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    // Let transitions (colours, opened panels) end before contrast is measured.
    await new Promise((resolve) => setTimeout(resolve, 300));
    found.push(...(await axeViolations(page)).map((violation) => `${state}, ${scheme}: ${violation}`));
  }
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  return found;
}

describe('every page of the site, in Chromium over HTTP, at phone, tablet and laptop widths', () => {
  const closer = new Closer();
  let api: RunningApi;
  let chromium: TestBrowser;
  let communicationsKey: string;

  beforeAll(async () => {
    api = closer.add(await startApi());
    chromium = closer.add(await launchChromium());
    communicationsKey = await api.apiKey('communications');
  });

  afterAll(() => closer.closeAll());

  /** Signs the page's browser context in to the studio, as its form does. */
  async function signIn(probe: ProbedPage): Promise<void> {
    await probe.page.goto(`${api.origin}/studio`, { waitUntil: 'load' });
    await probe.page.type('#api-key', communicationsKey);
    await Promise.all([
      probe.page.waitForNavigation({ waitUntil: 'load' }),
      probe.page.click('#sign-in-form button'),
    ]);
  }

  describe.each(PAGES)('$path (signed in: $signedIn)', ({ path, ready, signedIn }) => {
    it.each(WIDTHS)(
      'at %i px: no sideways scrolling, no axe violation (light and dark), no failed request',
      async (width) => {
        const probe = await openProbedPage(chromium.browser);
        try {
          await probe.page.setViewport({ width, height: 800 });
          if (signedIn) await signIn(probe);
          probe.exchanges.length = 0;
          probe.problems.length = 0;
          await probe.page.goto(`${api.origin}${path}`, { waitUntil: 'networkidle0' });
          await whenReady(probe, ready);
          if (signedIn) expect(await probe.page.$('#brief-form')).not.toBeNull();

          const sideways = await overflow(probe.page);
          expect({ width, ...sideways }).toEqual({ width, by: 0, culprits: [] });
          expect({ width, cut: await cutCaptions(probe.page) }).toEqual({ width, cut: [] });
          // Three rows at most, at 320 px; every link on one line.
          const nav = await navLayout(probe.page);
          expect({ width, broken: nav.broken }).toEqual({ width, broken: [] });
          expect(nav.rows).toBeLessThanOrEqual(3);
          for (const scheme of ['light', 'dark'] as const) {
            await probe.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
            const marks = await headerMarks(probe.page);
            if (marks)
              expect({ scheme, focus: marks.focus >= 3, current: marks.current >= 3 }).toEqual({
                scheme,
                focus: true,
                current: true,
              });
          }
          await probe.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
          const violations = await violationsInBothSchemes(probe.page, 'as loaded');
          if (ready === 'reference') {
            // An operation opened, as a reader of the reference does: its panel is part of the page too.
            await probe.page.click('#reference .opblock .opblock-summary-control');
            await probe.page.waitForSelector('#reference .opblock.is-open .opblock-body', {
              timeout: 10_000,
            });
            violations.push(...(await violationsInBothSchemes(probe.page, 'an operation open')));
          }
          expect(violations).toEqual([]);
          expect({ width, broken: await brokenHeadingWords(probe.page) }).toEqual({ width, broken: [] });
          expect({ width, broken: await brokenCellWords(probe.page) }).toEqual({ width, broken: [] });
          const failed = probe.exchanges
            .filter((exchange) => exchange.status === null || exchange.status >= 400)
            .map((exchange) => `${String(exchange.status)} ${exchange.url}`);
          expect(failed).toEqual([]);
          // A failed request shows in the console too (a 401 of a session probe did): none.
          expect(probe.problems.filter((problem) => /status of \d{3}/.test(problem))).toEqual([]);
          // The icon every page links to is there (headless Chromium does not fetch it on its own).
          const icons = await probe.page.$$eval('link[rel="icon"]', (links) =>
            links.map((link) => link.href),
          );
          expect(icons.length).toBeGreaterThan(0);
          for (const icon of icons) {
            const response = await fetch(icon);
            expect({
              icon,
              status: response.status,
              type: response.headers.get('content-type'),
            }).toMatchObject({
              status: 200,
              type: expect.stringMatching(/^image\//) as unknown,
            });
          }
        } finally {
          await probe.close();
        }
      },
      60_000,
    );
  });

  // The pages with the site's header (the widgets' docs page builds its own, without a language switch).
  describe.each(['/', '/?lang=fr', '/?lang=zh', '/embed', '/docs', '/studio'])('%s', (path) => {
    it.each([1024, 1280])(
      'at %i px: the name, the navigation and the language switch in one row',
      async (width) => {
        const probe = await openProbedPage(chromium.browser);
        try {
          await probe.page.setViewport({ width, height: 800 });
          await probe.page.goto(`${api.origin}${path}`, { waitUntil: 'load' });
          expect({ width, ...(await headerRow(probe.page)) }).toEqual({ width, linkRows: 1, off: [] });
        } finally {
          await probe.close();
        }
      },
      60_000,
    );
  });
});
