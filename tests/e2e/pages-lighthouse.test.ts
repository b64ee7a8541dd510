import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './support/api-server.js';
import { launchChromium, type TestBrowser } from './support/chromium.js';
import { Closer } from './support/closer.js';

/** The score each page must reach in each category Lighthouse rates it on (0 to 1). */
const LEAST = 0.95;
const CATEGORIES = ['accessibility', 'best-practices'] as const;

/** Every HTML page the API serves, as a visitor opens it (the studio signed out and signed in). */
const PAGES: readonly { readonly path: string; readonly signedIn?: boolean }[] = [
  { path: '/' },
  { path: '/embed' },
  { path: '/demo' },
  // The pages written in French and Chinese too.
  { path: '/?lang=fr' },
  { path: '/?lang=zh' },
  { path: '/demo?lang=fr' },
  { path: '/demo?lang=zh' },
  { path: '/docs' },
  { path: '/widgets/docs' },
  { path: '/studio' },
  { path: '/studio', signedIn: true },
];

/** The loopback port of the browser's DevTools endpoint, which Lighthouse drives. */
function debuggingPort(wsEndpoint: string): number {
  const url = new URL(wsEndpoint);
  if (url.hostname !== '127.0.0.1') throw new Error(`Chromium listens on ${url.hostname}, not the loopback`);
  return Number(url.port);
}

describe('every page of the site, audited by Lighthouse in the end-to-end Chromium', () => {
  const closer = new Closer();
  let api: RunningApi;
  let chromium: TestBrowser;

  beforeAll(async () => {
    api = closer.add(await startApi());
    chromium = closer.add(await launchChromium());
  });

  afterAll(() => closer.closeAll());

  /** Signs the browser's default context in to the studio, as its form does; Lighthouse's tab shares it. */
  async function signIn(): Promise<void> {
    const key = await api.apiKey('communications');
    const page = await chromium.browser.newPage();
    try {
      await page.goto(`${api.origin}/studio`, { waitUntil: 'load' });
      await page.type('#api-key', key);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#sign-in-form button')]);
      expect(await page.$('#brief-form')).not.toBeNull();
    } finally {
      await page.close();
    }
  }

  // One page at a time: Lighthouse drives a single tab of the browser.
  it.each(PAGES)(
    `$path (signed in: $signedIn) scores at least ${String(LEAST)} in accessibility and best practices`,
    async ({ path, signedIn }) => {
      if (signedIn) await signIn();
      const run = await lighthouse(`${api.origin}${path}`, {
        port: debuggingPort(chromium.browser.wsEndpoint()),
        hostname: '127.0.0.1',
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        // Only performance depends on the network and CPU; these categories are read as the page is.
        throttlingMethod: 'provided',
        // The signed-in studio keeps its session cookie; other pages need no stored state either way.
        disableStorageReset: signedIn === true,
      });
      if (!run) throw new Error(`Lighthouse returned no result for ${path}`);
      const { lhr } = run;
      expect(lhr.runtimeError, lhr.runtimeError?.message).toBeUndefined();
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, lhr.categories[category]?.score ?? null]),
      );
      const failing = CATEGORIES.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category}: ${ref.id} (${lhr.audits[ref.id]?.title ?? ''})`),
      );
      // The failing audits say what to fix when a score falls short.
      for (const category of CATEGORIES)
        expect(scores[category] ?? 0, `${path} ${category}: ${failing.join('; ')}`).toBeGreaterThanOrEqual(
          LEAST,
        );
    },
    120_000,
  );
});
