import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { API, fakeApi } from '../test-support/fake-api.js';
import { fixtures } from '../test-support/fixtures.js';
import { mount, shadow, text } from '../test-support/mount.js';
import './sco-partner.js';

describe('sco-partner', () => {
  it("shows a partner's profile: name, region, count, first and latest agreement, its agreements", async () => {
    const element = await mount('sco-partner', { partner: 'RUS' }, { data: fixtures.partnerRusEn });
    expect(shadow(element).querySelector('.title')?.textContent).toBe('Russian Federation');
    expect(text(element)).toContain('Country · Europe');
    expect(shadow(element).querySelector('[part="count"]')?.textContent.trim()).toBe('8 agreements');
    expect(text(element)).toContain('11 with adjacent fields');
    expect(text(element)).toContain('September 2016 · SAC-Rosstandart MoU');
    expect(shadow(element).querySelectorAll('[part="agreements"] li')).toHaveLength(8);
    expect(text(element)).toContain('Undated · Tripartite MoU');
  });

  it("gives each indicator's range as the API writes it (core's format)", async () => {
    for (const [lang, data] of [
      ['en', fixtures.partnerRusEn],
      ['zh', fixtures.partnerRusZh],
    ] as const) {
      const element = await mount('sco-partner', { partner: 'RUS', lang }, { data });
      const ranges = [...shadow(element).querySelectorAll('dt')]
        .filter((dt) => data.indicators.some((indicator) => indicator.title === dt.textContent))
        .map((dt) => dt.nextElementSibling?.textContent);
      expect(ranges).toEqual(data.indicators.map((indicator) => indicator.range));
      element.remove();
    }
    // A depth score to two decimals, a negative balance as a range across zero.
    expect(fixtures.partnerRusEn.indicators.map((indicator) => indicator.range)).toEqual(
      expect.arrayContaining(['1.83–2.67', '-0.60 – 0.00']),
    );
  });

  it('hides the agreements with their heading when the page hides ::part(agreements)', async () => {
    const style = document.createElement('style');
    style.textContent = 'sco-partner.no-list::part(agreements) { display: none; }';
    document.head.append(style);
    try {
      const element = await mount('sco-partner', { partner: 'RUS' }, { data: fixtures.partnerRusEn });
      const heading = () =>
        [...shadow(element).querySelectorAll('h3')].find((h) => h.textContent === 'Agreements');
      expect(heading()?.checkVisibility()).toBe(true);
      element.classList.add('no-list');
      expect(heading()?.checkVisibility()).toBe(false);
      expect(shadow(element).querySelector('[part="count"]')?.checkVisibility()).toBe(true);
    } finally {
      style.remove();
    }
  });

  it('reads the profile in the language asked for, and re-reads it when lang changes', async () => {
    const api = fakeApi();
    const element = await mount('sco-partner', { api: API, partner: 'RUS' });
    element.setAttribute('lang', 'zh');
    await expect.poll(() => shadow(element).querySelector('.title')?.textContent).toBe('俄罗斯');
    expect(shadow(element).querySelector('[part="count"]')?.textContent.trim()).toBe('8 项协议');
    expect(api.calls).toEqual([`${API}/v1/partners/RUS?lang=en`, `${API}/v1/partners/RUS?lang=zh`]);
  });

  it('says that the partner attribute is required', async () => {
    const api = fakeApi();
    const element = await mount('sco-partner', { api: API, lang: 'fr' });
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).toContain(
      'L’attribut « partner » est obligatoire.',
    );
    expect(api.calls).toEqual([]);
  });

  it('says so when the API does not know the partner (404 problem)', async () => {
    fakeApi();
    const element = await mount('sco-partner', { api: API, partner: 'XXX' });
    expect(element.status).toBe('error');
    const alert = shadow(element).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The data asked for does not exist.');
    expect(alert?.textContent).toContain(fixtures.problem404.detail);
  });

  it('has no accessibility violations', async () => {
    await expectNoAxeViolations(
      await mount('sco-partner', { partner: 'RUS' }, { data: fixtures.partnerRusEn }),
    );
  });
});
