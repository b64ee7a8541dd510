import { formatDateStyle } from '@sco/core/format';
import { chinesePunctuationDefects } from '@sco/core/testing';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { API, fakeApi } from '../test-support/fake-api.js';
import { fixtures } from '../test-support/fixtures.js';
import { partnerRusWithHard } from '../test-support/hard-fixtures.js';
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
    expect(text(element)).toContain(
      'Undated · Agreement allowing registration of Chinese national (GB) standards',
    );
    // The institutions are a part of their own, which a page that lists them in a table hides.
    expect(shadow(element).querySelectorAll('[part="institutions"] li')).toHaveLength(
      fixtures.partnerRusEn.institutions.length,
    );
    expect(fixtures.partnerRusEn.institutions.length).toBeGreaterThan(0);
  });

  it('names each agreement by its title in the language the API gave (a Chinese original as it is)', async () => {
    const element = await mount(
      'sco-partner',
      { partner: 'RUS', lang: 'zh' },
      { data: fixtures.partnerRusZh },
    );
    const items = [...shadow(element).querySelectorAll('[part="agreements"] li')].map((li) => li.textContent);
    expect(items.join(' ')).toContain('· 国家标准委与俄罗斯联邦技术调节与计量局标准化合作谅解备忘录');
    expect(items.join(' ')).toContain('· 关于加强标准合作，助推“一带一路”建设联合倡议');
    expect(items.join(' ')).not.toMatch(/MoU|Joint Initiative/);
  });

  it('punctuates its Chinese card as Chinese does: full-width parentheses around a kind or a type', async () => {
    const element = await mount(
      'sco-partner',
      { partner: 'RUS', lang: 'zh' },
      { data: fixtures.partnerRusZh },
    );
    const items = [...shadow(element).querySelectorAll('li')].map((li) =>
      li.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(items.length).toBeGreaterThan(8);
    expect(items.flatMap(chinesePunctuationDefects)).toEqual([]);
    expect(items.join(' ')).toContain('（谅解备忘录）');
  });

  it('writes the count by type after the colon of its language (French no-break space, Chinese full width)', async () => {
    for (const [lang, data, pattern] of [
      ['en', fixtures.partnerRusEn, /^[^:：]+[^\s\u00a0]: \d+$/u],
      ['fr', fixtures.partnerRusEn, /^[^:：]+\u00a0: \d+$/u],
      ['zh', fixtures.partnerRusZh, /^[^:：]+：\d+$/u],
    ] as const) {
      const element = await mount('sco-partner', { partner: 'RUS', lang }, { data });
      const heading = [...shadow(element).querySelectorAll('h3')].find((h3) =>
        h3.nextElementSibling?.matches('ul'),
      );
      const items = [...(heading?.nextElementSibling?.querySelectorAll('li') ?? [])].map(
        (li) => li.textContent,
      );
      expect(items.length, lang).toBe(data.by_type.length);
      for (const item of items) expect(item, lang).toMatch(pattern);
      element.remove();
    }
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
      expect.arrayContaining(['1.83–2.67', '−0.600 to 0.000']),
    );
  });

  it('writes every date of the card in one style, core’s, in each language', async () => {
    for (const [lang, data, day] of [
      ['en', fixtures.partnerRusEn, '8 July 2025'],
      ['fr', fixtures.partnerRusEn, '8 juillet 2025'],
      ['zh', fixtures.partnerRusZh, '2025 年 7 月 8 日'],
    ] as const) {
      const element = await mount('sco-partner', { partner: 'RUS', lang }, { data });
      const times = [...shadow(element).querySelectorAll('time[datetime]')];
      // A month ("September 2016") and a day of the same card: both written in full.
      expect(times.map((time) => time.getAttribute('datetime'))).toEqual(
        expect.arrayContaining(['2016-09', '2025-07-08']),
      );
      for (const time of times) {
        const date = time.getAttribute('datetime');
        expect(time.textContent, `${lang} ${date}`).toBe(formatDateStyle(date, lang, 'long'));
      }
      expect(text(element)).toContain(day);
      element.remove();
    }
  });

  it('opens its chart’s data table at first with show-table, as the charts do', async () => {
    for (const [attributes, open] of [
      [{ partner: 'RUS', 'show-investment': '' }, false],
      [{ partner: 'RUS', 'show-investment': '', 'show-table': '' }, true],
    ] as const) {
      const element = await mount('sco-partner', attributes, { data: partnerRusWithHard });
      await expect
        .poll(() => shadow(element).querySelector<HTMLDetailsElement>('details[part="table"]')?.open)
        .toBe(open);
      element.remove();
    }
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
      'L’attribut «\u00a0partner\u00a0» est obligatoire.',
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
