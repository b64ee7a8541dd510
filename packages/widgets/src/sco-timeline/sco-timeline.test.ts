import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { standaloneSvg } from '../shared/chart-export.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { API, fakeApi } from '../test-support/fake-api.js';
import { fixtures } from '../test-support/fixtures.js';
import { mount, shadow, stage, text } from '../test-support/mount.js';
import './sco-timeline.js';

const rows = (element: Element, table = 0) =>
  [...(shadow(element).querySelectorAll('table')[table]?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.children].map((cell) => cell.textContent.trim()),
  );

describe('sco-timeline', () => {
  it('counts agreements per year and cumulatively, with their ranges across verification levels', async () => {
    const element = await mount(
      'sco-timeline',
      {},
      { data: fixtures.indicatorYearEn, tallies: fixtures.talliesEn },
    );
    const years = rows(element);
    expect(years[0]).toEqual(['1979', '1', '1']);
    // The same figures as the API's agreements_cumulative indicator.
    expect(years.find(([year]) => year === '2016')).toEqual(['2016', '4–9', '27–44']);
    expect(years.find(([year]) => year === '2025')).toEqual(['2025', '4–7', '49–93']);
  });

  it('labels each legend entry once', async () => {
    for (const lang of ['en', 'fr', 'zh'] as const) {
      const data = { ...fixtures.indicatorYearEn, lang };
      const element = await mount('sco-timeline', { lang }, { data, tallies: fixtures.talliesEn });
      const legend = [...shadow(element).querySelectorAll('svg g.legend text')].map(
        (node) => node.textContent,
      );
      expect(legend.length).toBeGreaterThanOrEqual(5);
      expect(new Set(legend).size, lang).toBe(legend.length);
    }
  });

  it('puts whole numbers, each once, on the axes of a few agreements', async () => {
    // A sector's handful: the years up to 2005 only, at most a few agreements a year.
    const data = structuredClone(fixtures.indicatorYearEn);
    data.groups = data.groups.filter((group) => /^\d{4}$/.test(group.key) && Number(group.key) <= 2005);
    const element = await mount('sco-timeline', {}, { data });
    const ticks = [...shadow(element).querySelectorAll('svg text.tick[text-anchor="end"]')].map(
      (node) => node.textContent,
    );
    // Two panels, each from 0: every tick a whole number, none repeated within a panel.
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
    const zero = ticks.lastIndexOf('0');
    for (const panel of [ticks.slice(0, zero), ticks.slice(zero)])
      expect(new Set(panel).size).toBe(panel.length);
  });

  it('shows undated agreements apart, never as 1 January', async () => {
    const element = await mount('sco-timeline', {}, { data: fixtures.indicatorYearEn });
    const years = rows(element);
    expect(years.at(-1)).toEqual(['Undated', '2–21', '—']);
    expect(text(element)).toContain('2–21 undated agreements are counted apart: they have no year.');
    expect(text(element)).not.toMatch(/January|1 Jan|Jan 1/);
    const ticks = [...shadow(element).querySelectorAll('svg text.tick')].map((node) => node.textContent);
    expect(ticks).toContain('Undated');
  });

  it("prints each year's and the undated agreements' ranges as the API writes them", async () => {
    // The API's texts, marked so that they cannot be the widget's own formatting.
    const data = structuredClone(fixtures.indicatorYearEn);
    for (const group of data.groups) group.range = `${group.range} (API)`;
    const element = await mount('sco-timeline', {}, { data });
    const years = rows(element);
    expect(years.find(([year]) => year === '2016')).toEqual(['2016', '4–9 (API)', '27–44']);
    expect(years.at(-1)).toEqual(['Undated', '2–21 (API)', '—']);
    expect(text(element)).toContain('2–21 (API) undated agreements are counted apart');
  });

  it('overlays the official cumulative tallies at their dates, a year-only date as a year', async () => {
    const element = await mount(
      'sco-timeline',
      {},
      { data: fixtures.indicatorYearEn, tallies: fixtures.talliesEn },
    );
    const labels = [...shadow(element).querySelectorAll('text.tally-label')].map((node) => node.textContent);
    expect(labels).toEqual(['92', '107', '108', '126']);
    expect(rows(element, 1).map(([asOf, documents]) => [asOf, documents])).toEqual([
      ['September 2019', '92'],
      ['June 2023', '107'],
      ['December 2023', '108'],
      ['14 October 2025', '126'],
    ]);
  });

  it('keeps the numbers of close tallies apart from each other and from the other marks', async () => {
    const [template] = fixtures.talliesEn.items;
    if (!template) throw new Error('the tallies fixture is empty');
    const tally = (as_of: string, documents: number) => ({ ...template, id: `t-${as_of}`, as_of, documents });
    const crowded = {
      ...fixtures.talliesEn,
      // The real 107 (June 2023) and 108 (December 2023), and a run of three within a year.
      items: [tally('2019-09', 92), tally('2023-06', 107), tally('2023-12', 108), tally('2025-10', 126)],
    };
    const runOfThree = {
      ...crowded,
      items: [tally('2021-02', 95), tally('2021-06', 99), tally('2021-11', 101)],
    };
    for (const tallies of [fixtures.talliesEn, crowded, runOfThree]) {
      const element = await mount('sco-timeline', {}, { data: fixtures.indicatorYearEn, tallies });
      const boxes = (selector: string) =>
        [...shadow(element).querySelectorAll<SVGGraphicsElement>(selector)].map((node) => node.getBBox());
      const labels = boxes('text.tally-label');
      const marks = boxes('path.tally').slice(1); // the first diamond is the legend's
      expect(labels).toHaveLength(tallies.items.length);
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      for (const [index, label] of labels.entries()) {
        for (const [other, box] of labels.entries()) {
          if (other !== index) expect(overlap(label, box), `label ${index} and label ${other}`).toBe(false);
        }
        for (const mark of marks) expect(overlap(label, mark), `label ${index} and a mark`).toBe(false);
      }
      element.remove();
    }
  });

  it('keeps the numbers of the tallies off the rule, the lines’ ends and each other on a phone, exported too', async () => {
    type Box = { x: number; y: number; width: number; height: number };
    const overlap = (a: Box, b: Box) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const point = (x: number, y: number, r: number): Box => ({
      x: x - r,
      y: y - r,
      width: 2 * r,
      height: 2 * r,
    });
    /** What a number must keep off in a drawn chart (on screen, or the exported file put in the page). */
    const collisions = (chart: SVGSVGElement, labels: SVGGraphicsElement[], drawn: SVGSVGElement) => {
      const rule = drawn.querySelector('line.separator');
      const x = Number(rule?.getAttribute('x1'));
      const obstacles: [string, Box][] = [
        ['the rule', { x: x - 0.5, y: 0, width: 1, height: 1e4 }],
        ...[...drawn.querySelectorAll(':scope > path.line')].map((line): [string, Box] => {
          const [, endX, endY] = /([\d.]+),([\d.]+)$/.exec(line.getAttribute('d') ?? '') ?? [];
          return [`the end of ${line.getAttribute('class') ?? ''}`, point(Number(endX), Number(endY), 1.5)];
        }),
        ...[...drawn.querySelectorAll(':scope > path.tally')].map((mark): [string, Box] => [
          'a mark',
          (mark as SVGGraphicsElement).getBBox(),
        ]),
      ];
      expect(rule, 'the rule before the undated column').not.toBeNull();
      expect(obstacles.length).toBe(7);
      const found: string[] = [];
      for (const [index, label] of labels.entries()) {
        const box = label.getBBox();
        const name = label.textContent;
        for (const [what, obstacle] of obstacles)
          if (overlap(box, obstacle)) found.push(`${name} on ${what}`);
        for (const other of labels.slice(index + 1))
          if (overlap(box, other.getBBox())) found.push(`${name} on ${other.textContent}`);
        if (box.x + box.width > chart.viewBox.baseVal.width) found.push(`${name} past the chart`);
      }
      return found;
    };
    for (const width of [320, 375] as const) {
      await page.viewport(width, 900);
      for (const lang of ['en', 'fr'] as const) {
        const element = await mount(
          'sco-timeline',
          { lang },
          { data: fixtures.indicatorYearEn, tallies: fixtures.talliesEn },
        );
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await element.updateComplete;
        const chart = shadow(element).querySelector<SVGSVGElement>('svg.chart');
        if (!chart) throw new Error('no chart');
        expect(chart.viewBox.baseVal.width, `${width}`).toBeLessThan(width);
        const labels = [...chart.querySelectorAll<SVGGraphicsElement>('text.tally-label')];
        expect(labels.map((label) => label.textContent)).toEqual(['92', '107', '108', '126']);
        expect(collisions(chart, labels, chart), `${width} px, ${lang}`).toEqual([]);
        // The exported file (styles as attributes, no class): the same elements in the same order, after its
        // title and backdrop; put in the page, its numbers are measured in the file's own font settings.
        const holder = document.createElement('div');
        holder.innerHTML = standaloneSvg(chart, { title: 'timeline', background: '#ffffff' });
        stage().append(holder);
        const file = holder.querySelector('svg');
        if (!file) throw new Error('no exported svg');
        const all = [...chart.querySelectorAll('*')];
        const copies = [...file.querySelectorAll('*')].slice(2);
        const copy = (node: Element) => copies[all.indexOf(node)];
        for (const [node, cls] of [
          ...chart.querySelectorAll(
            'line.separator, :scope > path.line, :scope > path.tally, text.tally-label',
          ),
        ].map((node) => [node, node.getAttribute('class') ?? ''] as const))
          copy(node)?.setAttribute('class', cls);
        const exported = [...file.querySelectorAll<SVGGraphicsElement>('text.tally-label')];
        expect(exported.map((label) => label.textContent)).toEqual(['92', '107', '108', '126']);
        expect(collisions(chart, exported, file), `${width} px, ${lang}, exported`).toEqual([]);
        stage().replaceChildren();
      }
    }
    await page.viewport(414, 896);
  });

  it('speaks Chinese: years as years, labels from the API in Chinese', async () => {
    const element = await mount(
      'sco-timeline',
      { lang: 'zh' },
      { data: fixtures.indicatorYearZh, tallies: fixtures.talliesZh },
    );
    expect(rows(element)[0]?.[0]).toBe('1979 年');
    expect(rows(element, 1)[0]?.[0]).toBe('2019 年 9 月');
    expect(text(element)).toContain('每年及累计协议数');
  });

  it('reads the per-year indicator and the cumulative tallies from the API', async () => {
    const api = fakeApi();
    await mount('sco-timeline', { api: API });
    expect(api.calls.sort()).toEqual([
      `${API}/v1/indicators/agreements?group_by=year&lang=en`,
      `${API}/v1/tallies?lang=en&series=cumulative`,
    ]);
  });

  it('leaves the official tallies out when filtered (they count every agreement), and says so', async () => {
    const api = fakeApi();
    const element = await mount('sco-timeline', { api: API, partner: 'RUS' });
    expect(api.calls).toEqual([`${API}/v1/indicators/agreements?group_by=year&lang=en&partner=RUS`]);
    expect(text(element)).toContain(
      'Official tallies count every agreement: they are shown only without filters.',
    );
    expect(shadow(element).querySelectorAll('text.tally-label')).toHaveLength(0);
  });

  it('says how many undated agreements a year range leaves out', async () => {
    const ranged = structuredClone(fixtures.indicatorYearEn);
    ranged.groups = ranged.groups.filter((group) => group.key !== 'undated' && Number(group.key) >= 2010);
    ranged.excluded_undated = { verified: 1, verified_single: 1, all: 15 };
    const element = await mount('sco-timeline', { from: '2010', to: '2025' }, { data: ranged });
    expect(text(element)).toContain('With a year range, undated agreements are left out (1–15).');
    expect(rows(element).some(([year]) => year === 'Undated')).toBe(false);
  });

  it('refuses a year range that ends before it starts', async () => {
    const element = await mount(
      'sco-timeline',
      { from: '2020', to: '2010' },
      { data: fixtures.indicatorYearEn },
    );
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).toContain(
      'Invalid value for “from”',
    );
  });

  it('has no accessibility violations', async () => {
    await expectNoAxeViolations(
      await mount(
        'sco-timeline',
        { 'show-table': '' },
        { data: fixtures.indicatorYearEn, tallies: fixtures.talliesEn },
      ),
    );
  });
});
