import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { pngBlob, standaloneSvg } from '../shared/chart-export.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { API, fakeApi } from '../test-support/fake-api.js';
import { fixtures } from '../test-support/fixtures.js';
import { mount, settled, shadow, text } from '../test-support/mount.js';
import './sco-breakdown.js';

const chartOf = (element: Element) => {
  const svg = shadow(element).querySelector<SVGSVGElement>('svg.chart');
  if (!svg) throw new Error('no chart');
  return svg;
};

/** A group's drawing: its bar, its whisker (the horizontal line), the zero axis and its figures. */
const rowOf = (element: Element, label: string) => {
  const row = [...chartOf(element).querySelectorAll('g')].find(
    (g) => g.querySelector('text.label')?.textContent === label,
  );
  if (!row) throw new Error(`no row ${label}`);
  const line = (selector: string) => {
    const node = row.querySelector<SVGLineElement>(selector);
    return node ? { x1: node.x1.baseVal.value, x2: node.x2.baseVal.value } : undefined;
  };
  const rect = row.querySelector<SVGRectElement>('rect');
  return {
    bar: rect
      ? { x: rect.x.baseVal.value, width: rect.width.baseVal.value, box: rect.getBoundingClientRect() }
      : undefined,
    whisker: line('line.whisker'),
    zero: line('line.zero'),
    zeroBox: row.querySelector('line.zero')?.getBoundingClientRect(),
    value: row.querySelector('text.value')?.textContent,
  };
};

afterEach(async () => {
  await commands.emulateMedia({ media: null });
});

describe('sco-breakdown', () => {
  it('draws a bar per group with its range, and the same figures in a data table', async () => {
    const element = await mount('sco-breakdown', {}, { data: fixtures.indicatorTypeEn });
    const labels = [...chartOf(element).querySelectorAll('text.label')].map((node) => node.textContent);
    expect(labels).toEqual(fixtures.indicatorTypeEn.groups.map((group) => group.label));
    expect(text(element)).toContain('Agreements · Type of agreement');
    const rows = [...shadow(element).querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent.trim()),
    );
    expect(rows[0]).toEqual(['Memorandum of understanding', '19', '32', '38']);
    expect(rows).toHaveLength(10);
  });

  it('re-renders in another language when lang changes, one request per language', async () => {
    const api = fakeApi();
    const element = await mount('sco-breakdown', { api: API, by: 'type' });
    expect(text(element)).toContain('Memorandum of understanding');
    element.setAttribute('lang', 'fr');
    await settled(element);
    await expect.poll(() => text(element)).toContain('Protocole d’accord');
    expect(text(element)).toContain('Tableau des données');
    element.lang = 'zh';
    await expect.poll(() => text(element)).toContain('谅解备忘录');
    expect(element.getAttribute('lang')).toBe('zh');
    expect(api.calls).toEqual([
      `${API}/v1/indicators/agreements?group_by=type&lang=en`,
      `${API}/v1/indicators/agreements?group_by=type&lang=fr`,
      `${API}/v1/indicators/agreements?group_by=type&lang=zh`,
    ]);
  });

  it('draws at the size it is shown, so that its text keeps its size in a narrow column as in a wide one', async () => {
    const sizes: number[] = [];
    for (const width of [360, 1000]) {
      const element = await mount(
        'sco-breakdown',
        { style: `width: ${width}px` },
        { data: fixtures.indicatorTypeEn },
      );
      const svg = chartOf(element);
      await vi.waitFor(() => {
        expect(svg.viewBox.baseVal.width).toBeCloseTo(svg.getBoundingClientRect().width, -1);
      });
      const label = svg.querySelector('text.label');
      sizes.push(label?.getBoundingClientRect().height ?? 0);
      element.remove();
    }
    expect(sizes[0]).toBeGreaterThan(10);
    expect(sizes[0]).toBeCloseTo(sizes[1] ?? 0, 0);
  });

  it.each(['screen', 'print'] as const)(
    'draws negative values as bars left of a zero axis, on the scale of the positive ones (%s)',
    async (media) => {
      await commands.emulateMedia({ media });
      // The convergence balance by type: −1.00 (action plans) to +1.00; values run from −1 to +1.
      const data = fixtures.indicatorConvergenceTypeEn;
      const element = await mount('sco-breakdown', { indicator: 'convergence_balance' }, { data });
      const one = rowOf(element, 'Joint initiative'); // 1.00 at every level
      const minusOne = rowOf(element, 'Action plan'); // −1.00 where there is a value
      const half = rowOf(element, 'Mutual recognition of standards'); // 0.000, −0.333, −0.500
      // −1 has a bar, as long as +1's.
      expect(minusOne.bar?.box.width).toBeGreaterThan(50);
      expect(minusOne.bar?.box.width).toBeCloseTo(one.bar?.box.width ?? 0, 0);
      const zero = one.zero?.x1 ?? Number.NaN;
      expect(zero).toBeGreaterThan(100);
      expect(minusOne.zero?.x1).toBe(zero);
      // +1 from zero rightwards, −1 as long from zero leftwards: the domain −1..+1 puts zero in the middle.
      const unit = one.bar?.width ?? 0;
      expect(one.bar?.x).toBeCloseTo(zero, 0);
      expect(unit).toBeCloseTo(zero, 0);
      expect(minusOne.bar?.width).toBeCloseTo(unit, 0);
      expect((minusOne.bar?.x ?? 0) + (minusOne.bar?.width ?? 0)).toBeCloseTo(zero, 0);
      expect(half.bar?.width).toBeCloseTo(unit / 2, 0);
      expect((half.bar?.x ?? 0) + (half.bar?.width ?? 0)).toBeCloseTo(zero, 0);
      // As drawn on the page: the bar ends at the zero line, left of it.
      const box = minusOne.bar?.box;
      const axis = minusOne.zeroBox;
      expect(Math.abs((box?.right ?? 0) - ((axis?.left ?? 0) + (axis?.right ?? 0)) / 2)).toBeLessThan(1.5);
      // The whiskers span the range across levels on the same scale: −0.50 to 0.00, and 0.60 to 1.00.
      expect(half.whisker?.x1).toBeCloseTo(zero - unit / 2, 0);
      expect(half.whisker?.x2).toBeCloseTo(zero, 0);
      const cooperation = rowOf(element, 'Cooperation agreement');
      expect(cooperation.whisker?.x1).toBeCloseTo(zero + 0.6 * unit, 0);
      expect(cooperation.whisker?.x2).toBeCloseTo(zero + unit, 0);
      // The figures are the API's: its range, not the widget's own formatting.
      const groupRange = (label: string) => data.groups.find((group) => group.label === label)?.range;
      expect(half.value).toBe(groupRange('Mutual recognition of standards'));
      expect(minusOne.value).toBe(groupRange('Action plan'));
      // The data table alternative still gives each level's value.
      const rows = [...shadow(element).querySelectorAll('tbody tr')].map((row) =>
        [...row.children].map((cell) => cell.textContent.trim()),
      );
      expect(rows.find((row) => row[0] === 'Action plan')).toEqual([
        'Action plan',
        'No agreement qualifies for the denominator',
        '−1.00',
        '−1.00',
      ]);
    },
  );

  it('draws an index on its fixed domain (-1 to +1) with its ends and zero, even when every value is positive', async () => {
    // Only the positive groups: without the domain the scale would start at zero on the left edge.
    const data = structuredClone(fixtures.indicatorConvergenceTypeEn);
    data.groups = data.groups.filter((group) => (group.values.all.value ?? 0) > 0);
    const element = await mount(
      'sco-breakdown',
      { indicator: 'convergence_balance', domain: '-1 1' },
      { data },
    );
    const axis = [...chartOf(element).querySelectorAll('g.domain-axis text')].map((node) => node.textContent);
    expect(axis).toEqual(['\u22121', '0', '+1']);
    const one = rowOf(element, 'Joint initiative');
    const zero = one.zero?.x1 ?? Number.NaN;
    // Zero in the middle of the bars' width: +1 is as far right of it as −1 is left.
    expect(one.bar?.x).toBeCloseTo(zero, 0);
    expect(one.bar?.width).toBeCloseTo(zero, 0);
  });

  it('keeps a long French range at the +1 end inside the drawing (never "0,333 à 1,0")', async () => {
    // The convergence balance of a French brief: a range that ends at +1, in its longest form.
    const data = structuredClone(fixtures.indicatorConvergenceTypeEn);
    data.lang = 'fr';
    const joint = data.groups.find((group) => group.label === 'Joint initiative');
    if (!joint) throw new Error('no group');
    joint.values.verified.value = 0.333;
    joint.range = '0,333\u00a0à 1,000';
    const element = await mount(
      'sco-breakdown',
      { indicator: 'convergence_balance', domain: '-1 1', lang: 'fr' },
      { data },
    );
    const chart = chartOf(element);
    const value = [...chart.querySelectorAll<SVGTextElement>('text.value')].find(
      (node) => node.textContent === joint.range,
    );
    if (!value) throw new Error('no value');
    const box = value.getBBox();
    expect(box.x + box.width).toBeLessThanOrEqual(chart.viewBox.baseVal.width);
  });

  it('says what a domain must be when it is wrong', async () => {
    const element = await mount(
      'sco-breakdown',
      { indicator: 'convergence_balance', domain: '1 -1' },
      { data: fixtures.indicatorConvergenceTypeEn },
    );
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).toContain('domain');
  });

  it('draws no zero axis when no value is negative (counts start at the left edge)', async () => {
    const element = await mount('sco-breakdown', {}, { data: fixtures.indicatorTypeEn });
    expect(chartOf(element).querySelector('line.zero')).toBeNull();
    expect(rowOf(element, 'Memorandum of understanding').bar?.x).toBe(0);
  });

  it('says which breakdowns exist when `by` is wrong', async () => {
    const element = await mount(
      'sco-breakdown',
      { by: 'colour', lang: 'fr' },
      { data: fixtures.indicatorTypeFr },
    );
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).toContain(
      'Valeur incorrecte pour «\u00a0by\u00a0»\u00a0: «\u00a0colour\u00a0». Attendu\u00a0: type, region, sector ou partner_kind.',
    );
  });

  it('exports a standalone SVG: styles as attributes, text as text (Chinese too), no font embedded', async () => {
    const element = await mount('sco-breakdown', { lang: 'zh' }, { data: fixtures.indicatorTypeZh });
    const svg = standaloneSvg(chartOf(element), {
      title: 'title',
      background: 'rgb(255, 255, 255)',
      caption: '按类型 — 数据版本 1.0.0',
    });
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(svg).toContain('谅解备忘录');
    expect(parsed.querySelector('svg > text:last-child')?.textContent).toBe('按类型 — 数据版本 1.0.0');
    expect(svg).not.toMatch(/class=|var\(--|@font-face|<style/);
    expect(parsed.querySelector('rect.l0, rect[fill]')?.getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/);
    // The page's font stack, named once on the root and inherited.
    expect(parsed.documentElement.getAttribute('font-family')).toBeTruthy();
  });

  it('exports a PNG', async () => {
    const element = await mount('sco-breakdown', {}, { data: fixtures.indicatorTypeEn });
    const blob = await pngBlob(chartOf(element), { title: 'title', background: '#ffffff' });
    expect(blob.type).toBe('image/png');
    expect(blob.size).toBeGreaterThan(1000);
  });

  it('downloads the SVG from its button', async () => {
    const element = await mount('sco-breakdown', {}, { data: fixtures.indicatorTypeEn });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    shadow(element).querySelector<HTMLButtonElement>('[part="export-button"]')?.click();
    await expect.poll(() => clicked).toEqual(['sco-breakdown-1.0.0.svg']);
  });

  it('has no accessibility violations, light or dark', async () => {
    await expectNoAxeViolations(await mount('sco-breakdown', {}, { data: fixtures.indicatorTypeEn }));
    await expectNoAxeViolations(
      await mount('sco-breakdown', {}, { data: fixtures.indicatorConvergenceTypeEn }),
    );
    await expectNoAxeViolations(
      await mount('sco-breakdown', { theme: 'dark' }, { data: fixtures.indicatorTypeEn }),
    );
  });
});
