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
    expect(shadow(element).querySelector('[part="value"]')?.textContent).toBe('93');
    expect(text(element)).toContain('Range across verification levels: 42–93');
    const levels = [...shadow(element).querySelectorAll('[part="levels"] dt, [part="levels"] dd')];
    expect(levels.map((node) => node.textContent.trim())).toEqual([
      'Verified',
      '42',
      'Verified + single source',
      '72',
      'All',
      '93',
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
    expect(shadow(element).querySelector('[part="value"]')?.textContent).toBe('38,9\u00a0%');
    expect(text(element)).toContain('Version des données 1.0.0');
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
