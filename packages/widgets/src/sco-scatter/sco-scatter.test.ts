import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { API, fakeApi } from '../test-support/fake-api.js';
import { fixtures } from '../test-support/fixtures.js';
import { mount, shadow, text } from '../test-support/mount.js';
import { logScale } from './log-scale.js';
import './sco-scatter.js';

const data = fixtures.softHardEn;
const everyPartner = data.quadrants.quadrants.flatMap((q) => q.partners);

describe('logScale', () => {
  it('places powers of ten evenly, the domain widened to whole powers', () => {
    const scale = logScale([150, 2_000, 90_000], 300);
    expect(scale.ticks).toEqual([100, 1_000, 10_000, 100_000]);
    expect(scale.at(100)).toBe(0);
    expect(scale.at(1_000)).toBeCloseTo(100, 9);
    expect(scale.at(100_000)).toBeCloseTo(300, 9);
  });
});

describe('sco-scatter', () => {
  it('draws one focusable point per partner and the quadrant lines at the medians', async () => {
    const element = await mount('sco-scatter', {}, { data });
    const points = shadow(element).querySelectorAll('[part="point"]');
    expect(points).toHaveLength(everyPartner.length);
    expect(everyPartner).toHaveLength(data.headline.n);
    expect(shadow(element).querySelectorAll('line.cut')).toHaveLength(2);
    expect([...points].filter((p) => p.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('counts agreements on whole-number ticks when the counts are small (never "0, 1, 1")', async () => {
    const few = {
      ...data,
      quadrants: {
        ...data.quadrants,
        quadrants: data.quadrants.quadrants.map((q) => ({
          ...q,
          partners: q.partners.map((p) => ({ ...p, agreements: Math.min(p.agreements, 2) })),
        })),
      },
    };
    const element = await mount('sco-scatter', {}, { data: few });
    const ticks = [...shadow(element).querySelectorAll('text.tick[text-anchor="end"]')].map(
      (node) => node.textContent,
    );
    expect(ticks).toEqual(['0', '1', '2']);
  });

  it('labels the outliers: much investment with few agreements, and many agreements', async () => {
    const element = await mount('sco-scatter', {}, { data });
    const labels = [...shadow(element).querySelectorAll('text.label')].map((node) => node.textContent);
    const mostInvested = data.quadrants.quadrants
      .find((q) => q.quadrant === 'low_soft_high_hard')
      ?.partners.reduce((a, b) => (b.hard_usd_m > a.hard_usd_m ? b : a));
    expect(labels).toContain(mostInvested?.partner);
    expect(labels.length).toBeGreaterThan(3);
  });

  it('states ρ with its interval, n and p, the cut points and the caveats, in words', async () => {
    const element = await mount('sco-scatter', {}, { data });
    const statistics = shadow(element).querySelector('[part="statistics"]')?.textContent.replace(/\s+/g, ' ');
    expect(statistics).toContain(
      `Spearman’s ρ = ${data.headline.rho?.toFixed(2)} (95 % bootstrap interval ${data.headline.low?.toFixed(2)} to ${data.headline.high?.toFixed(2)}), n = 153 partners`,
    );
    expect(statistics).toContain(data.quadrants.cut_points);
    for (const caveat of data.caveats) expect(statistics).toContain(caveat);
    expect(statistics).toContain('China Global Investment Tracker');
    const { sequence } = data;
    expect(statistics).toContain(
      `${sequence.after} of the ${sequence.n} partners with both a deal of USD 100 million or more`,
    );
    const followed = sequence.partners.find((p) => p.years_between > 0);
    expect(statistics).toContain(
      `${followed?.name} (${followed?.first_deal_year} → ${followed?.first_agreement_year})`,
    );
  });

  it('moves focus point to point with the arrow keys, each point announcing the partner and both values', async () => {
    const element = await mount('sco-scatter', {}, { data });
    const first = shadow(element).querySelector<SVGElement>('[data-focus="0"]');
    first?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    const focused = shadow(element).activeElement;
    expect(focused?.getAttribute('data-focus')).toBe('1');
    expect(focused?.getAttribute('aria-label')).toMatch(/^.+: \d+ agreements, USD [\d,]+ million$/);
    expect(text(element)).toContain(focused?.getAttribute('aria-label') ?? '—');
    await userEvent.keyboard('{End}');
    expect(shadow(element).activeElement?.getAttribute('data-focus')).toBe(String(everyPartner.length - 1));
  });

  it('offers every partner in a data table, most investment first', async () => {
    const element = await mount('sco-scatter', { 'show-table': '' }, { data });
    const rows = shadow(element).querySelectorAll('tbody tr');
    expect(rows).toHaveLength(everyPartner.length);
    const top = [...everyPartner].sort((a, b) => b.hard_usd_m - a.hard_usd_m)[0];
    expect(rows[0]?.querySelector('th')?.textContent).toBe(top?.name);
  });

  it('speaks French and formats numbers the French way', async () => {
    const element = await mount('sco-scatter', { lang: 'fr' }, { data: fixtures.softHardFr });
    expect(text(element)).toContain('ρ de Spearman = 0,47');
    // As the API writes it, its no-break space before the colon kept (text() would fold it into a space).
    expect(fixtures.softHardFr.caveats[0]).toContain('causalité\u00a0:');
    expect(shadow(element).textContent).toContain(fixtures.softHardFr.caveats[0] ?? '—');
  });

  it('fetches soft-hard at its basis, language and release', async () => {
    const api = fakeApi();
    api.override('/v1/indicators/soft-hard', data);
    await mount('sco-scatter', { api: API, basis: 'verified', lang: 'fr', release: '1.0.0' });
    expect(api.calls).toEqual([`${API}/v1/indicators/soft-hard?basis=verified&lang=fr&release=1.0.0`]);
  });

  it('refuses an unknown basis and the agreement filters, without fetching', async () => {
    const api = fakeApi();
    const bad = await mount('sco-scatter', { api: API, basis: 'most' });
    expect(bad.status).toBe('error');
    expect(text(bad)).toContain('Invalid value for “basis”: “most”');
    const filtered = await mount('sco-scatter', { api: API, region: '150' });
    expect(text(filtered)).toContain('Invalid value for “region”');
    expect(api.calls).toEqual([]);
  });

  it('has no accessibility violations', async () => {
    await expectNoAxeViolations(await mount('sco-scatter', {}, { data }));
  });
});
