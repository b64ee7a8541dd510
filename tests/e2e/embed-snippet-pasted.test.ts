/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiJson, type PartnerProfile } from './support/api-numbers.js';
import { startApi } from './support/api-server.js';
import { launchChromium, type TestBrowser } from './support/chromium.js';
import { openBuilder, snippetChanged, snippetOf } from './support/embed-builder.js';
import { Closer } from './support/closer.js';
import type { RunningServer } from './support/listen.js';
import { openProbedPage, widgetsSettled, widgetStatuses, type ProbedPage } from './support/page-probe.js';
import { pageWith, startPartnerSite, type PartnerSite } from './support/partner-site.js';

/** The text of `selector` in the shadow root of the first `tag` under `scope`. */
function shadowText(page: ProbedPage['page'], scope: string, selector: string): Promise<string> {
  return page.$eval(
    scope,
    (widget, inner) =>
      (widget.shadowRoot?.querySelector(inner)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    selector,
  );
}

describe('a snippet copied from the embed builder, pasted into a plain HTML file on another port', () => {
  const closer = new Closer();
  let api: RunningServer;
  let site: PartnerSite;
  let chromium: TestBrowser;
  let builder: ProbedPage;
  let germany: PartnerProfile;

  beforeAll(async () => {
    api = closer.add(await startApi());
    site = closer.add(await startPartnerSite());
    chromium = closer.add(await launchChromium());
    germany = await apiJson<PartnerProfile>(api.origin, '/v1/partners/DEU?lang=fr');
    builder = closer.add(await openProbedPage(chromium.browser));
    await builder.context.setPermission(
      api.origin,
      { permission: { name: 'clipboard-read' }, state: 'granted' },
      { permission: { name: 'clipboard-write' }, state: 'granted' },
    );
    await openBuilder(builder.page, api.origin);
  });

  afterAll(() => closer.closeAll());

  /** Opens a pasted page and waits for its widget. */
  async function openPasted(name: string, snippet: string): Promise<ProbedPage> {
    const url = await site.publish(name, pageWith('Our partner page', snippet));
    const probe = await openProbedPage(chromium.browser);
    await probe.page.goto(url, { waitUntil: 'load' });
    await widgetsSettled(probe.page);
    return probe;
  }

  it('writes the snippet of the widget and options chosen, previews it, and copies it', async () => {
    const page = builder.page;
    const first = await snippetOf(page);
    await page.click('#widget-sco-partner');
    await page.type('#sco-partner-partner', 'DEU');
    await page.select('#sco-partner-lang', 'fr');
    await page.select('#sco-partner-theme', 'dark');
    const snippet = await snippetChanged(page, first, 'sco-partner partner="DEU" lang="fr" theme="dark"');
    expect(snippet.split('\n').at(-1)).toBe(
      '<sco-partner partner="DEU" lang="fr" theme="dark"></sco-partner>',
    );
    await page.waitForFunction(
      () => document.querySelector('#preview sco-partner[partner="DEU"]')?.getAttribute('status') === 'ready',
      { timeout: 10_000 },
    );
    expect(await shadowText(page, '#preview sco-partner', '[part="title"]')).toBe(
      germany.partner.names['fr'],
    );

    await page.click('#copy');
    await page.waitForFunction(() => document.querySelector('#copy-status')?.textContent === 'Copied.', {
      timeout: 5_000,
    });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(await builder.violations()).toEqual([]);
    expect(builder.problems).toEqual([]);
  });

  it('works pasted as it is: versioned, with integrity hashes', async () => {
    const snippet = await builder.page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toMatch(
      /<script type="module" src="[^"]+\/widgets\/\d[^/]*\/sco-partner\.js" integrity="sha384-/,
    );
    const probe = await openPasted('versioned', snippet);
    try {
      expect(await widgetStatuses(probe.page)).toEqual(['sco-partner: ready']);
      expect(await shadowText(probe.page, 'sco-partner', '[part="title"]')).toBe(germany.partner.names['fr']);
      const count = germany.partner.agreements.headline.count;
      expect(await shadowText(probe.page, 'sco-partner', '[part="count"]')).toBe(`${count} accords`);
      expect(probe.problems).toEqual([]);
      expect(probe.exchanges.filter((exchange) => exchange.status !== 200)).toEqual([]);
    } finally {
      await probe.close();
    }
  });

  it('works pasted with the latest URL, which follows the current version', async () => {
    const before = await snippetOf(builder.page);
    await builder.page.click('#channel-latest');
    const snippet = await snippetChanged(builder.page, before, 'sco-partner');
    expect(snippet).toBe(
      `<script type="module" src="${api.origin}/widgets/latest/sco-partner.js" crossorigin="anonymous"></script>\n` +
        '<sco-partner partner="DEU" lang="fr" theme="dark"></sco-partner>',
    );
    const probe = await openPasted('latest', snippet);
    try {
      expect(await widgetStatuses(probe.page)).toEqual(['sco-partner: ready']);
      expect(await shadowText(probe.page, 'sco-partner', '[part="title"]')).toBe(germany.partner.names['fr']);
      expect(probe.problems).toEqual([]);
    } finally {
      await probe.close();
    }
  });
});
