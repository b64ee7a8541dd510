import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { API, fakeApi } from '../test-support/fake-api.js';
import { fixtures } from '../test-support/fixtures.js';
import { mount, shadow, text } from '../test-support/mount.js';
import './sco-figure.js';

describe('sco-figure', () => {
  it('shows the headline value, its range across verification levels and the release (inline data)', async () => {
    const element = await mount('sco-figure', {}, { data: fixtures.indicatorTotalEn });
    expect(element.status).toBe('ready');
    expect(shadow(element).querySelector('[part="value"]')?.textContent).toBe('114');
    expect(text(element)).toContain('Range across verification levels: 51–114');
    const levels = [...shadow(element).querySelectorAll('[part="levels"] dt, [part="levels"] dd')];
    expect(levels.map((node) => node.textContent.trim())).toEqual([
      'Verified',
      '51',
      'Verified + single source',
      '89',
      'All',
      '114',
    ]);
    expect(text(element)).toContain('Data release 1.0.0');
  });

  it('gives the definition and method on demand', async () => {
    const element = await mount('sco-figure', {}, { data: fixtures.indicatorTotalEn });
    const details = shadow(element).querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.textContent).toContain(fixtures.indicatorTotalEn.indicator.definition);
    details?.querySelector('summary')?.click();
    expect(details?.open).toBe(true);
  });

  it('fetches the indicator with its filters, language and release', async () => {
    const api = fakeApi();
    await mount('sco-figure', {
      api: API,
      type: 'mou',
      from: '2013',
      to: '2020',
      release: '1.0.0',
      lang: 'fr',
    });
    expect(api.calls).toEqual([
      `${API}/v1/indicators/agreements?group_by=none&lang=fr&release=1.0.0&type=mou&year_from=2013&year_to=2020`,
    ]);
  });

  it('formats shares in the language of the widget', async () => {
    const element = await mount('sco-figure', { lang: 'fr' }, { data: fixtures.indicatorShareFr });
    expect(shadow(element).querySelector('[part="value"]')?.textContent).toBe('27,0\u00a0%');
    expect(text(element)).toContain('Version des données 1.0.0');
  });

  it("prints the API's texts of the value and of its range (core's format), not its own", async () => {
    // The convergence balance in Chinese: 0.514 (all) to 0.810 (verified), three decimals where they matter.
    const data = fixtures.indicatorConvergenceTotalZh;
    const element = await mount('sco-figure', { lang: 'zh' }, { data });
    expect(shadow(element).querySelector('[part="value"]')?.textContent).toBe(
      data.total.values.all.formatted,
    );
    expect(data.total.values.all.formatted).toBe('0.514');
    expect(text(element)).toContain(data.total.range);
    const levels = [...shadow(element).querySelectorAll('[part="levels"] dd')].map(
      (node) => node.textContent,
    );
    expect(levels).toEqual(['0.810', '0.733', '0.514']);
  });

  it('keeps the range on one line in a narrow card, never broken at its dash', async () => {
    // Widths at which a line of the message would end at the range's dash.
    for (const lang of ['zh', 'fr'] as const) {
      for (const width of [180, 200, 260]) {
        const element = await mount(
          'sco-figure',
          { lang, style: `width: ${width}px; display: block` },
          { data: fixtures.indicatorConvergenceTotalZh },
        );
        const range = shadow(element).querySelector('.range .nowrap');
        // An en dash, a full-width tilde (zh) or " à " (fr) between the two, never an ASCII hyphen: core's range.
        expect(range?.textContent).toMatch(/^0[.,]514(?:–|～|\sà\s)0[.,]810$/u);
        expect(range?.getClientRects(), `${lang}, ${width}px`).toHaveLength(1);
        element.remove();
      }
    }
  });

  it('formats the figures itself, as core does, when the data is in another language than the widget', async () => {
    const element = await mount('sco-figure', { lang: 'fr' }, { data: fixtures.indicatorConvergenceTotalZh });
    expect(shadow(element).querySelector('[part="value"]')?.textContent).toBe('0,514');
    expect(text(element)).toMatch(/0,514\sà\s0,810/u);
  });

  it('refuses an indicator id that cannot be one, without fetching', async () => {
    const api = fakeApi();
    const element = await mount('sco-figure', { api: API, indicator: 'Bad Id!' });
    expect(element.status).toBe('error');
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).toContain(
      'Invalid value for “indicator”: “Bad Id!”',
    );
    expect(api.calls).toEqual([]);
  });

  it('has no accessibility violations', async () => {
    await expectNoAxeViolations(await mount('sco-figure', {}, { data: fixtures.indicatorTotalEn }));
  });
});
