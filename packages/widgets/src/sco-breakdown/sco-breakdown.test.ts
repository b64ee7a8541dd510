import { describe, expect, it, vi } from 'vitest';
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

describe('sco-breakdown', () => {
  it('draws a bar per group with its range, and the same figures in a data table', async () => {
    const element = await mount('sco-breakdown', {}, { data: fixtures.indicatorTypeEn });
    const labels = [...chartOf(element).querySelectorAll('text.label')].map((node) => node.textContent);
    expect(labels).toEqual(fixtures.indicatorTypeEn.groups.map((group) => group.label));
    expect(text(element)).toContain('Agreements · Type of agreement');
    const rows = [...shadow(element).querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent.trim()),
    );
    expect(rows[0]).toEqual(['Memorandum of understanding', '15', '26', '30']);
    expect(rows).toHaveLength(10);
  });

  it('re-renders in another language when lang changes, one request per language', async () => {
    const api = fakeApi();
    const element = await mount('sco-breakdown', { api: API, by: 'type' });
    expect(text(element)).toContain('Memorandum of understanding');
    element.setAttribute('lang', 'fr');
    await settled(element);
    await expect.poll(() => text(element)).toContain("Protocole d'accord");
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

  it('says which breakdowns exist when `by` is wrong', async () => {
    const element = await mount(
      'sco-breakdown',
      { by: 'colour', lang: 'fr' },
      { data: fixtures.indicatorTypeFr },
    );
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).toContain(
      'Valeur incorrecte pour « by » : « colour ». Attendu : type, region, sector ou partner_kind.',
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
      await mount('sco-breakdown', { theme: 'dark' }, { data: fixtures.indicatorTypeEn }),
    );
  });
});
