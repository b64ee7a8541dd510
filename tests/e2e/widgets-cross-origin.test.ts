/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from './support/api-server.js';
import { launchChromium, type TestBrowser } from './support/chromium.js';
import { openBuilder, scriptLines, snippetChanged, snippetOf } from './support/embed-builder.js';
import {
  apiJson,
  type AgreementPage,
  type IndicatorBody,
  type PartnerList,
  type PartnerProfile,
} from './support/api-numbers.js';
import { openProbedPage, widgetsSettled, widgetStatuses, type ProbedPage } from './support/page-probe.js';
import { pageWith, startPartnerSite, type PartnerSite } from './support/partner-site.js';
import { Closer } from './support/closer.js';
import type { RunningServer } from './support/listen.js';

/** The CSP a careful partner sends: nothing allowed but what the widget docs ask for. */
const strictCsp = (api: string) =>
  [
    "default-src 'none'",
    `script-src ${api}`,
    `connect-src ${api}`,
    'img-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

const FIGURES = 10;

/** Every widget, ten of them asking for the same figure. */
const ELEMENTS = [
  ...Array.from({ length: FIGURES }, () => '<sco-figure indicator="agreements"></sco-figure>'),
  '<sco-figure indicator="partners"></sco-figure>',
  '<sco-breakdown by="region"></sco-breakdown>',
  '<sco-timeline></sco-timeline>',
  '<sco-map></sco-map>',
  '<sco-partner partner="DEU"></sco-partner>',
  '<sco-agreements page-size="5"></sco-agreements>',
].join('\n');

/** The text of the elements matching `selector` inside each widget `tag`'s shadow root. */
function shadowTexts(probe: ProbedPage, tag: string, selector: string): Promise<string[][]> {
  return probe.page.$$eval(
    tag,
    (widgets, inner) =>
      widgets.map((widget) =>
        [...(widget.shadowRoot?.querySelectorAll(inner) ?? [])].map((node) =>
          node.textContent.replace(/\s+/g, ' ').trim(),
        ),
      ),
    selector,
  );
}

/** The rows of the data table of widget `tag` (the first one on the page), cell texts. */
async function tableRows(probe: ProbedPage, tag: string, table = 'table'): Promise<string[][]> {
  return probe.page.$eval(
    tag,
    (widget, selector) =>
      [...(widget.shadowRoot?.querySelector(selector)?.querySelectorAll('tbody tr') ?? [])].map((row) =>
        [...row.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
      ),
    table,
  );
}

describe('the built widgets on a partner page of another origin, with a strict CSP', () => {
  const closer = new Closer();
  let api: RunningServer;
  let site: PartnerSite;
  let chromium: TestBrowser;
  /** The script lines the embed builder writes for every widget (versioned, with integrity). */
  let scripts: string;

  beforeAll(async () => {
    api = closer.add(await startApi());
    site = closer.add(await startPartnerSite(strictCsp(api.origin)));
    chromium = closer.add(await launchChromium());
    const builder = await openProbedPage(chromium.browser);
    try {
      await openBuilder(builder.page, api.origin);
      const first = await snippetOf(builder.page);
      await builder.page.click('#bundle');
      scripts = scriptLines(await snippetChanged(builder.page, first, 'sco-figure'));
    } finally {
      await builder.close();
    }
  });

  afterAll(() => closer.closeAll());

  it('uses the builder’s snippet: the versioned bundle and every module it imports, each with its hash', () => {
    const lines = scripts.split('\n');
    const version = /\/widgets\/(\d+\.\d+\.\d+[^/]*)\/sco-widgets\.js"/.exec(scripts)?.[1];
    expect(version).toBeDefined();
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^<script type="module" src="${api.origin}/widgets/${version ?? ''}/sco-widgets\\.js" integrity="sha384-[\\w+/=]{64}" crossorigin="anonymous"></script>$`,
      ),
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(
        /^<link rel="modulepreload" href="[^"]+\.js" integrity="sha384-[\w+/=]{64}" crossorigin="anonymous">$/,
      );
    }
  });

  describe('rendered', () => {
    let probe: ProbedPage;

    beforeAll(async () => {
      const url = await site.publish('figures', pageWith('A partner page', `${scripts}\n${ELEMENTS}`));
      probe = await openProbedPage(chromium.browser);
      await probe.page.goto(url, { waitUntil: 'load' });
      await widgetsSettled(probe.page);
    });

    afterAll(async () => {
      await probe.close();
    });

    it('renders every widget, without errors, warnings or CSP violations', async () => {
      const statuses = await widgetStatuses(probe.page);
      expect(statuses).toHaveLength(FIGURES + 6);
      expect(statuses.filter((status) => !status.endsWith(': ready'))).toEqual([]);
      expect(await probe.violations()).toEqual([]);
      expect(probe.problems).toEqual([]);
    });

    it('shows the API’s real numbers', async () => {
      const agreements = await apiJson<IndicatorBody>(
        api.origin,
        '/v1/indicators/agreements?group_by=none&lang=en',
      );
      const partners = await apiJson<IndicatorBody>(
        api.origin,
        '/v1/indicators/partners?group_by=none&lang=en',
      );
      const list = await apiJson<AgreementPage>(api.origin, '/v1/agreements?limit=1');
      expect(agreements.total.values.all.value).toBe(list.total);

      const values = await shadowTexts(probe, 'sco-figure', '[part="value"]');
      expect(values.flat()).toEqual([
        ...Array.from({ length: FIGURES }, () => String(list.total)),
        String(partners.total.values.all.value),
      ]);
      const ranges = await shadowTexts(probe, 'sco-figure[indicator="agreements"]', '.range');
      expect(ranges[0]?.[0]).toContain(agreements.total.range);

      const pager = await shadowTexts(probe, 'sco-agreements', '[part="pager"] [role="status"]');
      expect(pager[0]?.[0]).toBe(`1–5 of ${list.total}`);

      const footers = await shadowTexts(probe, 'sco-figure', '[part="footer"]');
      for (const footer of footers) expect(footer[0]).toContain(`release ${list.release.id}`);
    });

    it('shows each partner’s count on the map and the profile card', async () => {
      const { items } = await apiJson<PartnerList>(api.origin, '/v1/partners?lang=en');
      const withAgreements = items.filter((partner) => partner.agreements.headline.count > 0);
      const rows = await tableRows(probe, 'sco-map');
      expect(rows.map(([name, , count]) => [name, count]).sort()).toEqual(
        withAgreements
          .map((partner) => [partner.names['en'], String(partner.agreements.headline.count)])
          .sort(),
      );
      const germany = await apiJson<PartnerProfile>(api.origin, '/v1/partners/DEU?lang=en');
      const count = germany.partner.agreements.headline.count;
      expect(count).toBeGreaterThan(0);
      expect((await shadowTexts(probe, 'sco-partner', '[part="count"]'))[0]).toEqual([`${count} agreements`]);
      expect((await shadowTexts(probe, 'sco-partner', '[part="title"]'))[0]).toEqual([
        germany.partner.names['en'],
      ]);
    });

    it('shows the breakdown and the timeline of the API', async () => {
      const regions = await apiJson<IndicatorBody>(
        api.origin,
        '/v1/indicators/agreements?group_by=region&lang=en',
      );
      const bars = await tableRows(probe, 'sco-breakdown');
      expect(bars.map(([label]) => label)).toEqual(regions.groups.map((group) => group.label));
      const years = await apiJson<IndicatorBody>(
        api.origin,
        '/v1/indicators/agreements?group_by=year&lang=en',
      );
      const timeline = new Map(
        (await tableRows(probe, 'sco-timeline')).map(([year, signed]) => [year, signed]),
      );
      expect(years.groups.length).toBeGreaterThan(10);
      for (const group of years.groups) {
        expect({ year: group.label, signed: timeline.get(group.label) }).toEqual({
          year: group.label,
          signed: group.range,
        });
      }
    });

    it('reads the API across origins (CORS), never sending or receiving cookies', async () => {
      const fromApi = probe.exchanges.filter((exchange) => exchange.url.startsWith(`${api.origin}/`));
      const data = fromApi.filter((exchange) => new URL(exchange.url).pathname.startsWith('/v1/'));
      expect(new URL(probe.page.url()).origin).not.toBe(api.origin);
      expect(data.length).toBeGreaterThanOrEqual(6);
      for (const exchange of fromApi) {
        expect({ url: exchange.url, status: exchange.status }).toEqual({ url: exchange.url, status: 200 });
        expect(exchange.headers['access-control-allow-origin']).toMatch(/^(\*|http:\/\/127\.0\.0\.1:\d+)$/);
        expect(exchange.headers['set-cookie']).toBeUndefined();
      }
      const stored = await probe.page.evaluate(() => ({
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
      }));
      expect(stored).toEqual({ cookie: '', local: 0, session: 0 });
      expect(await probe.context.cookies()).toEqual([]);
    });

    it('makes one request per URL: the ten figures share one', () => {
      const urls = probe.exchanges
        .map((exchange) => exchange.url)
        .filter((url) => url.startsWith(api.origin));
      const repeated = urls.filter((url, index) => urls.indexOf(url) !== index);
      expect(repeated).toEqual([]);
      const figure = urls.filter((url) => {
        const { pathname, searchParams } = new URL(url);
        return pathname === '/v1/indicators/agreements' && searchParams.get('group_by') === 'none';
      });
      expect(figure).toHaveLength(1);
      expect(probe.exchanges.every((exchange) => !exchange.fromCache)).toBe(true);
    });
  });

  it('runs nothing when a file does not match its integrity hash', async () => {
    const tampered = scripts.replace(
      /(<script [^>]*integrity="sha384-)([\w+/])/,
      (_whole, head: string, first: string) => `${head}${first === 'A' ? 'B' : 'A'}`,
    );
    expect(tampered).not.toBe(scripts);
    const url = await site.publish('tampered', pageWith('A tampered page', `${tampered}\n${ELEMENTS}`));
    const probe = await openProbedPage(chromium.browser);
    try {
      await probe.page.goto(url, { waitUntil: 'networkidle0' });
      expect(await probe.page.evaluate(() => customElements.get('sco-figure') === undefined)).toBe(true);
      expect(probe.problems.join('\n')).toMatch(/integrity/);
    } finally {
      await probe.close();
    }
  });
});
