import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { API, fakeApi } from '../test-support/fake-api.js';
import { fixtures } from '../test-support/fixtures.js';
import { mount, shadow, text } from '../test-support/mount.js';
import './sco-agreements.js';

const bodyRows = (element: Element) =>
  [...shadow(element).querySelectorAll('tbody tr:not(.sources)')].map((row) =>
    [...row.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
  );

const button = (element: Element, label: string) => {
  const found = [...shadow(element).querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
};

describe('sco-agreements', () => {
  it('shows a page of agreements, newest first, with partner names and labels', async () => {
    const element = await mount(
      'sco-agreements',
      {},
      { data: fixtures.agreements, partners: fixtures.partners },
    );
    const rows = bodyRows(element);
    expect(rows).toHaveLength(10);
    expect(rows[0]?.slice(0, 5)).toEqual([
      '16 September 2025',
      'Updated cooperation agreement in standardization between SAC and the State Committee for Standardization of Belarus',
      'Belarus',
      'Cooperation agreement',
      'Single source',
    ]);
    expect(shadow(element).querySelector('[part="pager"] [role="status"]')?.textContent).toBe('1–10 of 40');
  });

  it('says which rows it shows with core’s range in each language, never a hyphen or an en dash in Chinese', async () => {
    const status = async (lang: string) => {
      const element = await mount(
        'sco-agreements',
        { lang },
        { data: fixtures.agreements, partners: fixtures.partners },
      );
      return shadow(element).querySelector('[part="pager"] [role="status"]')?.textContent;
    };
    expect(await status('en')).toBe('1–10 of 40');
    expect(await status('fr')).toBe('1\u00a0à 10 sur 40');
    expect(await status('zh')).toBe('第 1～10 项，共 40 项');
  });

  it('joins partner names the way each language does', async () => {
    const element = await mount(
      'sco-agreements',
      { lang: 'zh' },
      { data: fixtures.agreements, partners: fixtures.partners },
    );
    expect(bodyRows(element)[2]?.[2]).toBe('白俄罗斯、俄罗斯和上海合作组织');
  });

  it.each([
    {
      lang: 'en',
      headers: ['Signed', 'Agreement', 'Partners', 'Type', 'Verification', 'Sources'],
      first: [
        '16 September 2025',
        'Updated cooperation agreement in standardization between SAC and the State Committee for Standardization of Belarus',
        'Belarus',
        'Cooperation agreement',
        'Single source',
      ],
    },
    {
      lang: 'fr',
      headers: ['Signé', 'Accord', 'Partenaires', 'Type', 'Vérification', 'Sources'],
      first: [
        '16 septembre 2025',
        'Accord de coopération en normalisation mis à jour entre la SAC et le Comité d’État de normalisation de Biélorussie',
        'Biélorussie',
        'Accord de coopération',
        'Source unique',
      ],
    },
    {
      lang: 'zh',
      headers: ['签署日期', '协议', '合作方', '类型', '核实情况', '来源'],
      first: [
        '2025 年 9 月 16 日',
        '国家标准委与白俄罗斯国家标准化委员会标准化合作协议（更新版）',
        '白俄罗斯',
        '合作协议',
        '单一来源',
      ],
    },
  ])(
    'reads the list in $lang and shows its words, titles and labels in it',
    async ({ lang, headers, first }) => {
      const api = fakeApi();
      const element = await mount('sco-agreements', { api: API, lang });
      const list = api.calls.map((url) => new URL(url)).find((url) => url.pathname === '/v1/agreements');
      // English is the API's default: its URL stays the one other widgets on the page share.
      expect(list?.searchParams.get('lang')).toBe(lang === 'en' ? null : lang);
      const headings = [...shadow(element).querySelectorAll('thead th')].map((th) => th.textContent.trim());
      expect(headings).toEqual(headers);
      expect(bodyRows(element)[0]?.slice(0, 5)).toEqual(first);
      const toggle = shadow(element).querySelector('tbody button[aria-expanded]');
      expect(toggle?.getAttribute('aria-label')).toContain(first[1]);
    },
  );

  it('shows a Chinese original once where it is the Chinese title, and under a translated title otherwise', async () => {
    fakeApi();
    const element = await mount('sco-agreements', { api: API, lang: 'zh', 'page-size': '200' });
    const cell = (id: string) => {
      const title = fixtures.agreementsZh.items.find((item) => item.id === id)?.title_label ?? id;
      return [...shadow(element).querySelectorAll('td.title')].find((td) => td.textContent.includes(title));
    };
    const platform = cell('sac-eu-efta-standards-platform-2010');
    expect(platform?.textContent.match(/中国-欧洲联盟/g)).toHaveLength(1);
    expect(platform?.querySelector('.original')).toBeNull();
    const korea = cell('china-japan-korea-standards-statement-2010');
    expect(korea?.querySelector('.original')?.getAttribute('lang')).toBe('ko');
    expect(korea?.querySelector('.original')?.textContent).toBe('한중일 표준협력 공동선언');
  });

  it('marks a title the list has only in English as English in a French table', async () => {
    const [item] = fixtures.agreementsFr.items;
    if (!item) throw new Error('no item');
    const data = {
      ...fixtures.agreementsFr,
      items: [{ ...item, title_label: item.title_en, title_label_lang: 'en', title_label_basis: 'recorded' }],
    };
    const element = await mount('sco-agreements', { lang: 'fr' }, { data });
    const title = shadow(element).querySelector('td.title span');
    expect(title?.textContent).toBe(item.title_en);
    expect(title?.getAttribute('lang')).toBe('en');
  });

  it("sorts and filters by the titles in the list's language", async () => {
    const element = await mount(
      'sco-agreements',
      { lang: 'fr', 'page-size': '5' },
      { data: fixtures.agreementsFr, partners: fixtures.partners },
    );
    button(element, 'Accord').click();
    await element.updateComplete;
    const titles = bodyRows(element).map((row) => row[1] ?? '');
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'fr')));
    const search = shadow(element).querySelector('input');
    if (!search) throw new Error('no search box');
    await userEvent.fill(search, 'normalisation mis à jour');
    await element.updateComplete;
    expect(bodyRows(element).map((row) => row[1])).toContain(
      'Accord de coopération en normalisation mis à jour entre la SAC et le Comité d’État de normalisation de Biélorussie',
    );
  });

  it('pages through, sorts by a column (aria-sort) and filters by text', async () => {
    const element = await mount(
      'sco-agreements',
      { 'page-size': '5' },
      { data: fixtures.agreements, partners: fixtures.partners },
    );
    button(element, 'Next page').click();
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="pager"] [role="status"]')?.textContent).toBe('6–10 of 40');
    button(element, 'Agreement').click();
    await element.updateComplete;
    const header = button(element, 'Agreement').closest('th');
    expect(header?.getAttribute('aria-sort')).toBe('ascending');
    const titles = bodyRows(element).map((row) => row[1] ?? '');
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    button(element, 'Agreement').click();
    await element.updateComplete;
    expect(header?.getAttribute('aria-sort')).toBe('descending');
    const search = shadow(element).querySelector('input');
    if (!search) throw new Error('no search box');
    await userEvent.fill(search, 'Belarus');
    await element.updateComplete;
    expect(bodyRows(element).every((row) => row.join(' ').includes('Belarus'))).toBe(true);
    await userEvent.fill(search, 'no such agreement anywhere');
    await element.updateComplete;
    expect(text(element)).toContain('No agreement matches.');
  });

  it('keeps undated agreements last whichever way dates are sorted', async () => {
    const element = await mount('sco-agreements', { 'page-size': '200' }, { data: fixtures.agreements });
    const dates = () => bodyRows(element).map((row) => row[0]);
    expect(dates().at(-1)).toBe('Undated');
    button(element, 'Signed').click();
    await element.updateComplete;
    expect(dates()[0]).not.toBe('Undated');
    expect(dates().at(-1)).toBe('Undated');
  });

  it("opens an agreement's sources, read from the API, with links", async () => {
    const api = fakeApi();
    const element = await mount('sco-agreements', { api: API });
    expect(api.calls.sort()).toEqual([`${API}/v1/agreements?limit=200`, `${API}/v1/partners`]);
    const toggle = shadow(element).querySelector<HTMLButtonElement>('tbody button[aria-expanded]');
    toggle?.click();
    await expect.poll(() => shadow(element).querySelectorAll('tr.sources a').length).toBeGreaterThan(1);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    const links = [...shadow(element).querySelectorAll<HTMLAnchorElement>('tr.sources a')];
    expect(links[0]?.href).toBe(fixtures.agreementDetail.agreement.sources[0]?.url);
    expect(links[0]?.rel).toBe('noopener noreferrer');
    toggle?.click();
    await element.updateComplete;
    expect(shadow(element).querySelector('tr.sources')).toBeNull();
  });

  it("reads an agreement's sources in the widget's language, so that their labels are in it", async () => {
    const api = fakeApi();
    const element = await mount('sco-agreements', { api: API, lang: 'zh' });
    shadow(element).querySelector<HTMLButtonElement>('tbody button[aria-expanded]')?.click();
    await expect.poll(() => shadow(element).querySelectorAll('tr.sources a').length).toBeGreaterThan(1);
    const detail = api.calls.filter((url) => /\/v1\/agreements\/[a-z0-9-]+/.test(url));
    expect(detail).toHaveLength(1);
    expect(new URL(detail[0] ?? '').searchParams.get('lang')).toBe('zh');
  });

  it('names a source by the publisher label the API gives, never by a bare IP address', async () => {
    const data = {
      ...fixtures.agreements,
      items: [
        {
          ...fixtures.agreements.items[0],
          sources: [
            {
              id: 's',
              url: 'http://122.227.57.98:8586/news/1.html',
              publisher: '122.227.57.98',
              publisher_label: 'Unidentified website',
              accessed: '2026-11-28',
            },
          ],
        },
      ],
    };
    const element = await mount('sco-agreements', {}, { data });
    shadow(element).querySelector<HTMLButtonElement>('tbody button[aria-expanded]')?.click();
    await element.updateComplete;
    const panel = shadow(element).querySelector('tr.sources');
    expect(panel?.querySelector('a')?.textContent).toBe('Unidentified website');
    expect(panel?.textContent).not.toContain('122.227.57.98');
  });

  it('never makes a link of a source URL that is not http(s)', async () => {
    const hostile = {
      ...fixtures.agreements,
      items: [
        {
          ...fixtures.agreements.items[0],
          sources: [
            {
              id: 's',
              url: 'javascript:alert(1)',
              publisher: 'Evil <b>publisher</b>',
              publisher_label: 'Evil <b>publisher</b>',
              accessed: '2026-11-28',
            },
          ],
        },
      ],
    };
    const element = await mount('sco-agreements', {}, { data: hostile });
    shadow(element).querySelector<HTMLButtonElement>('tbody button[aria-expanded]')?.click();
    await element.updateComplete;
    const panel = shadow(element).querySelector('tr.sources');
    expect(panel?.textContent).toContain('Evil <b>publisher</b>');
    expect(panel?.querySelector('a[href^="javascript"]')).toBeNull();
    expect(panel?.querySelector('b')).toBeNull();
  });

  it('refuses a page size out of range', async () => {
    const element = await mount('sco-agreements', { 'page-size': '0' }, { data: fixtures.agreements });
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).toContain('“page-size”');
  });

  it('has no accessibility violations, light or dark', async () => {
    await expectNoAxeViolations(
      await mount('sco-agreements', {}, { data: fixtures.agreements, partners: fixtures.partners }),
    );
    await expectNoAxeViolations(
      await mount(
        'sco-agreements',
        { theme: 'dark', lang: 'zh' },
        { data: fixtures.agreements, partners: fixtures.partners },
      ),
    );
  });
});
