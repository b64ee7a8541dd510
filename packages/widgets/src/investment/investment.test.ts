import type { Client, HardConnectivityPage } from '@sco/client';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { API, fakeApi } from '../test-support/fake-api.js';
import { fixtures } from '../test-support/fixtures.js';
import { hardPage, partnerRusWithHard } from '../test-support/hard-fixtures.js';
import { mount, shadow, text } from '../test-support/mount.js';
import '../sco-partner/sco-partner.js';
import '../sco-timeline/sco-timeline.js';
import { loadPages } from './investment-series.js';

const HARD = `${API}/v1/hard-connectivity`;

/** The bars' heights by year, as drawn. */
const heights = (element: Element): Record<string, number> =>
  Object.fromEntries(
    [...shadow(element).querySelectorAll('[part="investment"] [data-year]')].map((bar): [string, number] => [
      bar.getAttribute('data-year') ?? '',
      Number(bar.querySelector('rect.inv-bar')?.getAttribute('height')),
    ]),
  );

const table = (element: Element) =>
  [...shadow(element).querySelectorAll('details[part="table"] table')].map((node) =>
    [...node.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent.trim())),
  );

describe('investment bars in sco-timeline (show-investment)', () => {
  it('asks for nothing more, and draws no bars, without the attribute', async () => {
    const api = fakeApi();
    const element = await mount('sco-timeline', { api: API });
    expect(api.calls.filter((call) => call.startsWith(HARD))).toEqual([]);
    expect(shadow(element).querySelector('[part="investment"]')).toBeNull();
    expect(table(element)[0]?.[0]).toHaveLength(3);
  });

  it('reads the investment with the other requests and sums it per year, on its own scale', async () => {
    const api = fakeApi();
    const element = await mount('sco-timeline', { api: API, 'show-investment': '' });
    expect(api.calls.sort()).toEqual([
      `${HARD}?limit=200`,
      `${API}/v1/indicators/agreements?group_by=year&lang=en`,
      `${API}/v1/tallies?lang=en&series=cumulative`,
    ]);
    // 2010: 2,000; 2015: 1,000 + 3,000; 2018: 500. Axis 0–4,000 (ticks 0, 2,000, 4,000) over 72 px.
    expect(heights(element)).toEqual({ '2010': 36, '2015': 72, '2018': 9 });
    const panel = shadow(element).querySelector('[part="investment"]') as Element;
    expect(panel.querySelector('.inv-title')?.textContent).toBe(
      'Chinese investment and construction, USD million',
    );
    expect([...panel.querySelectorAll('text.tick[text-anchor="end"]')].map((t) => t.textContent)).toEqual([
      '0',
      '2,000',
      '4,000',
    ]);
    expect(text(element)).toContain(
      'Investment and construction: deals of USD 100 million or more, from the China Global Investment Tracker, American Enterprise Institute and The Heritage Foundation, edition Test.',
    );
  });

  it('adds the investment column to the data table', async () => {
    const element = await mount(
      'sco-timeline',
      { 'show-investment': '' },
      { data: fixtures.indicatorYearEn, hard: hardPage },
    );
    const [years] = table(element);
    expect(years?.[0]?.at(-1)).toBe('Chinese investment and construction (USD million)');
    const row = (year: string) => years?.find(([first]) => first === year);
    expect(row('2015')).toEqual(['2015', expect.any(String), expect.any(String), '4,000']);
    expect(row('2016')?.at(-1)).toBe('—');
    expect(row('Undated')?.at(-1)).toBe('—');
  });

  it('moves from bar to bar with the keyboard and names the bar under the chart', async () => {
    const element = await mount(
      'sco-timeline',
      { 'show-investment': '' },
      { data: fixtures.indicatorYearEn, hard: hardPage },
    );
    const bars = () => [...shadow(element).querySelectorAll<SVGGElement>('[part="investment"] [data-inv]')];
    expect(bars().map((bar) => bar.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    expect(bars()[1]?.getAttribute('aria-label')).toBe(
      '2015: USD 4,000 million of Chinese investment and construction, 5 deals',
    );
    bars()[0]?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    expect(shadow(element).activeElement?.getAttribute('data-year')).toBe('2015');
    expect(shadow(element).querySelector('.inv-readout')?.textContent).toContain('2015: USD 4,000 million');
    await userEvent.keyboard('{End}');
    await element.updateComplete;
    expect(shadow(element).activeElement?.getAttribute('data-year')).toBe('2018');
  });

  it('says the bars are not filtered by type, and asks nothing for an organisation', async () => {
    const api = fakeApi();
    const typed = await mount('sco-timeline', { api: API, type: 'mou', 'show-investment': '' });
    expect(api.calls).toContain(`${HARD}?limit=200`);
    expect(text(typed)).toContain('The investment bars are not filtered by agreement type or sector.');
    api.calls.length = 0;
    const organisation = await mount('sco-timeline', { api: API, partner: 'ASEAN', 'show-investment': '' });
    expect(api.calls.filter((call) => call.startsWith(HARD))).toEqual([]);
    expect(text(organisation)).toContain('The investment data covers countries, not organisations.');
  });

  it('speaks French and Chinese', async () => {
    for (const [lang, title] of [
      ['fr', 'Investissements et construction chinois, millions USD'],
      ['zh', '中国投资与建设，百万美元'],
    ] as const) {
      const data = { ...fixtures.indicatorYearEn, lang };
      const element = await mount('sco-timeline', { lang, 'show-investment': '' }, { data, hard: hardPage });
      // One line, or two split after the comma when the drawing is narrower than the title.
      const lines = [...shadow(element).querySelectorAll('.inv-title')].map((line) => line.textContent);
      expect(lines.join(lines.length > 1 && lang === 'fr' ? ' ' : '')).toBe(title);
      element.remove();
    }
  });

  it('writes amounts of USD 10 billion or more in billions on the axis', async () => {
    const big = structuredClone(hardPage);
    big.items = big.items.map((item) => ({ ...item, total_usd_m: item.total_usd_m * 10 }));
    const element = await mount(
      'sco-timeline',
      { 'show-investment': '' },
      { data: fixtures.indicatorYearEn, hard: big },
    );
    // 2015: 40,000 = USD 40 billion; axis 0, 20, 40 (billions), bars still to scale.
    expect(heights(element)).toEqual({ '2010': 36, '2015': 72, '2018': 9 });
    expect(shadow(element).querySelector('.inv-title')?.textContent).toBe(
      'Chinese investment and construction, USD billion',
    );
    expect(
      table(element)[0]
        ?.find(([year]) => year === '2015')
        ?.at(-1),
    ).toBe('40,000');
  });

  it('has no accessibility violations', async () => {
    await expectNoAxeViolations(
      await mount(
        'sco-timeline',
        { 'show-investment': '' },
        { data: fixtures.indicatorYearEn, hard: hardPage },
      ),
    );
  });
});

/** The files a widget saves while `run` runs, as text. */
async function savedFiles(run: (saved: () => number) => Promise<void>): Promise<string[]> {
  const files: Promise<string>[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push(fetch(this.href).then((response) => response.text()));
  });
  await run(() => files.length);
  return Promise.all(files);
}

/** An exported SVG's text, whitespace collapsed. */
const fileText = (file: string | undefined) =>
  new DOMParser()
    .parseFromString(file ?? '', 'image/svg+xml')
    .documentElement.textContent.replace(/\s+/g, ' ');

/** The rectangles (bars, marks) an exported SVG strokes, i.e. outlines, as `stroke stroke-width`. */
const strokedShapes = (file: string | undefined) =>
  [...new DOMParser().parseFromString(file ?? '', 'image/svg+xml').querySelectorAll('rect')]
    .filter((node) => (node.getAttribute('stroke') ?? 'none') !== 'none')
    .map((node) => `${node.getAttribute('stroke')} ${node.getAttribute('stroke-width')}`);

describe('investment bars in exported files', () => {
  it("export the timeline without the selected or focused bar's highlight", async () => {
    const element = await mount(
      'sco-timeline',
      { 'show-investment': '' },
      { data: fixtures.indicatorYearEn, hard: hardPage },
    );
    const bars = () => [...shadow(element).querySelectorAll<SVGGElement>('[part="investment"] [data-inv]')];
    // A bar selected from the keyboard: on the screen it is outlined.
    bars()[0]?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    const active = shadow(element).querySelector('[part="investment"] .inv.active');
    expect(active?.getAttribute('data-year')).toBe('2015');
    const onScreen = [...(active?.querySelectorAll('rect') ?? [])].map(
      (rect) => getComputedStyle(rect).stroke,
    );
    expect(onScreen.some((stroke) => stroke !== 'none')).toBe(true);
    const [file] = await savedFiles(() => element.exportChart('svg'));
    expect(strokedShapes(file)).toEqual([]);
  });

  it("export the partner chart without the focused mark's or the selected bar's highlight", async () => {
    const element = await mount(
      'sco-partner',
      { partner: 'RUS', 'show-investment': '' },
      { data: partnerRusWithHard },
    );
    shadow(element).querySelector<SVGGElement>('[data-agr][tabindex="0"]')?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    expect(shadow(element).querySelector('.inv.active')).not.toBeNull();
    const button = shadow(element).querySelector<HTMLButtonElement>('[part="export-button"]');
    const [file] = await savedFiles(async (saved) => {
      button?.click();
      await vi.waitFor(() => {
        expect(saved()).toBe(1);
      });
    });
    expect(strokedShapes(file)).toEqual([]);
  });

  it('export the timeline with its bars and the tracker cited under it', async () => {
    const element = await mount(
      'sco-timeline',
      { 'show-investment': '' },
      { data: fixtures.indicatorYearEn, hard: hardPage },
    );
    const [file] = await savedFiles(() => element.exportChart('svg'));
    // The panel (its title, its axis) is drawn in the file; the citation is written under it.
    expect(fileText(file)).toContain('Chinese investment and construction, USD million');
    expect(fileText(file)).toContain('China Global Investment Tracker');
  });

  it('export the partner chart from its own button, the tracker cited under it', async () => {
    const element = await mount(
      'sco-partner',
      { partner: 'RUS', 'show-investment': '' },
      { data: partnerRusWithHard },
    );
    const button = shadow(element).querySelector<HTMLButtonElement>('[part="export-button"]');
    const [file] = await savedFiles(async (saved) => {
      button?.click();
      await vi.waitFor(() => {
        expect(saved()).toBe(1);
      });
    });
    expect(fileText(file)).toContain('Chinese investment and construction, USD billion');
    expect(fileText(file)).toContain('China Global Investment Tracker');
    expect(fileText(file)).toContain('Data release 1.0.0');
  });
});

describe('investment bars in sco-partner (show-investment)', () => {
  it('draws nothing more without the attribute', async () => {
    const element = await mount('sco-partner', { partner: 'RUS' }, { data: partnerRusWithHard });
    expect(shadow(element).querySelector('svg.chart')).toBeNull();
  });

  it('puts a mark per dated agreement and the investment bars on one time axis', async () => {
    const element = await mount(
      'sco-partner',
      { partner: 'RUS', 'show-investment': '' },
      { data: partnerRusWithHard },
    );
    // Seven dated agreements (the undated one has no place on a time axis).
    expect(shadow(element).querySelectorAll('svg.chart rect.mark')).toHaveLength(7);
    // Axis 0–10 billion (ticks 0, 5, 10) over 72 px: 5,410 → 38.95, 3,110 → 22.39, 7,550 → 54.36.
    expect(heights(element)).toEqual({ '2006': 39, '2016': 22.4, '2019': 54.4 });
    expect(text(element)).toContain('edition Test.');
    // The axis would reach 10,000 millions: it is written in billions.
    expect(shadow(element).querySelector('[part="investment"] .inv-title')?.textContent).toBe(
      'Chinese investment and construction, USD billion',
    );
    expect(
      [...shadow(element).querySelectorAll('[part="investment"] text.tick[text-anchor="end"]')].map(
        (tick) => tick.textContent,
      ),
    ).toEqual(['0', '5', '10']);
    const [rows] = table(element);
    expect(rows?.[0]).toEqual([
      'Year',
      'Agreements signed',
      'Chinese investment and construction (USD million)',
    ]);
    // Every year from 2006 to 2025.
    expect(rows).toHaveLength(1 + 20);
    expect(rows?.find(([year]) => year === '2016')).toEqual(['2016', '1', '3,110']);
    expect(rows?.find(([year]) => year === '2023')).toEqual(['2023', '1', '—']);
    expect(shadow(element).querySelectorAll('[part="export-button"]')).toHaveLength(2);
  });

  it('lets the keyboard reach every agreement mark, named, from mark to mark with the arrow keys', async () => {
    const element = await mount(
      'sco-partner',
      { partner: 'RUS', 'show-investment': '' },
      { data: partnerRusWithHard },
    );
    const marks = () => [...shadow(element).querySelectorAll<SVGGElement>('svg.chart [data-agr]')];
    // One tab stop for the seven marks, in a group that says how to move; each mark named as its tooltip.
    expect(marks().map((mark) => mark.getAttribute('tabindex'))).toEqual([
      '0',
      '-1',
      '-1',
      '-1',
      '-1',
      '-1',
      '-1',
    ]);
    const group = marks()[0]?.parentElement;
    expect(group?.getAttribute('role')).toBe('group');
    expect(group?.closest('[aria-hidden="true"]')).toBeNull();
    expect(group?.getAttribute('aria-label')).toContain('Arrow keys move from mark to mark');
    for (const mark of marks()) {
      expect(mark.getAttribute('role')).toBe('img');
      expect(mark.getAttribute('aria-label')).toBe(mark.querySelector('title')?.textContent);
      expect(mark.querySelector('rect.mark')).not.toBeNull();
    }
    expect(marks()[0]?.getAttribute('aria-label')).toMatch(/^September 2016 · SAC-Rosstandart MoU/);
    marks()[0]?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    const second = marks()[1]?.getAttribute('aria-label') ?? '';
    expect(shadow(element).activeElement?.getAttribute('data-agr')).toBe('1');
    expect(marks().map((mark) => mark.getAttribute('tabindex'))).toEqual([
      '-1',
      '0',
      '-1',
      '-1',
      '-1',
      '-1',
      '-1',
    ]);
    // Written under the chart too, for a sighted keyboard reader.
    expect(shadow(element).querySelector('.inv-readout')?.textContent).toBe(second);
    await userEvent.keyboard('{End}');
    await element.updateComplete;
    expect(shadow(element).activeElement?.getAttribute('data-agr')).toBe('6');
    await userEvent.keyboard('{Home}');
    await element.updateComplete;
    expect(shadow(element).activeElement?.getAttribute('data-agr')).toBe('0');
    await expectNoAxeViolations(element);
  });

  it('keeps its titles inside the drawing on a 320 px phone, in a wide sans-serif', async () => {
    await page.viewport(320, 900);
    try {
      for (const lang of ['en', 'fr', 'zh'] as const) {
        const element = await mount(
          'sco-partner',
          { partner: 'RUS', lang, 'show-investment': '', style: '--sco-font-family: sans-serif' },
          { data: { ...partnerRusWithHard, lang } },
        );
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await element.updateComplete;
        const chart = shadow(element).querySelector<SVGSVGElement>('svg.inv-chart');
        const right = chart?.viewBox.baseVal.width ?? 0;
        for (const title of shadow(element).querySelectorAll<SVGTextElement>('.inv-title')) {
          const box = title.getBBox();
          expect(box.x, `${lang} ${title.textContent}`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${lang} ${title.textContent}`).toBeLessThanOrEqual(right);
        }
        element.remove();
      }
    } finally {
      await page.viewport(414, 896);
    }
  });

  it('asks for nothing more than the profile (the series is in it)', async () => {
    const api = fakeApi();
    await mount('sco-partner', { api: API, partner: 'RUS', 'show-investment': '' });
    expect(api.calls).toEqual([`${API}/v1/partners/RUS?lang=en`]);
  });

  it('has no accessibility violations', async () => {
    await expectNoAxeViolations(
      await mount('sco-partner', { partner: 'RUS', 'show-investment': '' }, { data: partnerRusWithHard }),
    );
  });
});

describe('loadPages', () => {
  it('follows the cursor to the last page, and gives the same array for the same pages', async () => {
    const first = { ...hardPage, next: 'KEN-2015', items: hardPage.items.slice(0, 2) };
    const second = { ...hardPage, items: hardPage.items.slice(2) };
    const asked: unknown[] = [];
    const client = {
      listHardConnectivity: (query: { cursor?: string }) => {
        asked.push(query);
        return Promise.resolve(query.cursor ? second : first);
      },
    } as unknown as Client;
    const pages: readonly HardConnectivityPage[] = await loadPages(client, { region: '142' }, {});
    expect(pages).toEqual([first, second]);
    expect(asked).toEqual([
      { region: '142', limit: '200' },
      { region: '142', limit: '200', cursor: 'KEN-2015' },
    ]);
    expect(await loadPages(client, { region: '142' }, {})).toBe(pages);
  });
});
