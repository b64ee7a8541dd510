import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

/** The text a reader meets: text between tags (code joined to its words), the title, and the names given to assistive technology. */
function readerText(page: string): string {
  const attributes = [...page.matchAll(/\s(?:aria-label|content)="([^"]*)"/g)].map((m) => m[1] ?? '');
  const text = page
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ' ')
    .replace(/<\/?code>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0');
  return [text, ...attributes]
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Strings of the English pages, frame included, that a French or Chinese page must not show. */
const ENGLISH = {
  '/': [
    'Who signs standards agreements with China',
    'Partners on the map',
    'Choose a partner on the map',
    'Partner profile',
    'Agreements over time',
    'What kind of agreements, and with whom',
    'In which countries did standards agreements follow',
    'One programme, or a patchwork?',
    'Every agreement',
    'Data and API',
    'Use the figures elsewhere',
    'Official cumulative tallies',
    'As of',
    'Claimed by',
    'Records on weak sources',
    'Resting only on reposts',
    'Figures from release',
    'Skip to the content',
    'Overview',
    'Code MIT',
    'State Council Information Office',
  ],
  '/demo': [
    'The Standards Courier',
    "China's standards diplomacy",
    'Where the partners are',
    'A closer look: Germany',
    'About this demo',
    'Back to the Observatory',
    'is fictional',
  ],
} as const;

/** Headings each translated page must show. */
const TRANSLATED = {
  fr: {
    '/': [
      'Qui signe des accords de normalisation avec la Chine',
      'Les partenaires sur la carte',
      'Les accords au fil du temps',
      'Données et API',
      'Décomptes officiels cumulés',
    ],
    '/demo': [
      'La diplomatie chinoise des normes, en chiffres',
      'Où sont les partenaires',
      'Le Courrier des normes',
    ],
  },
  zh: {
    '/': ['谁与中国签署标准合作协议', '合作方地图', '协议的时间分布', '数据和 API', '官方累计统计'],
    '/demo': ['中国标准外交的数字', '合作方在哪里', '标准信使'],
  },
} as const;

const HTML_LANG = { fr: 'fr', zh: 'zh-Hans' } as const;

describe.each(await testDatabases())('the pages in French and Chinese on $dialect', (database) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('write the whole page in the language asked for, its widgets and <html lang> included', async () => {
    for (const lang of ['fr', 'zh'] as const) {
      for (const path of ['/', '/demo'] as const) {
        const page = (await request(t.app).get(`${path}?lang=${lang}`).expect(200)).text;
        expect({ path, lang, html: /<html lang="([^"]+)">/.exec(page)?.[1] }).toEqual({
          path,
          lang,
          html: HTML_LANG[lang],
        });
        const widgets = [...page.matchAll(/<sco-[\w-]+\b[^>]*>/g)].map((m) => m[0]);
        expect(widgets.length).toBeGreaterThanOrEqual(6);
        for (const widget of widgets) expect(widget).toContain(` lang="${lang}"`);
        const text = readerText(page);
        for (const english of ENGLISH[path])
          expect({ path, lang, english, found: text.includes(english) }).toMatchObject({ found: false });
        for (const heading of TRANSLATED[lang][path])
          expect({ path, lang, heading, found: text.includes(heading) }).toMatchObject({ found: true });
        // No English sentence at all: the words that carry one never appear as words.
        expect({ path, lang, english: text.match(/\b(?:the|and|of|with|from|to|is|are)\b/gi) }).toEqual({
          path,
          lang,
          english: null,
        });
      }
    }
  });

  it('set French typography: a no-break space before : and », after «, a narrow one before ; ? !, never an ordinary one', async () => {
    for (const path of ['/', '/demo']) {
      const text = readerText((await request(t.app).get(`${path}?lang=fr`).expect(200)).text);
      expect(text).toMatch(/\u00a0:/);
      expect({ path, loose: text.match(/\S* [:;?!»]|« /g) }).toEqual({ path, loose: null });
      // Before ; ? ! the space is the narrow one, as core's frenchSpacing and core's texts write it.
      expect({ path, wide: text.match(/\S*\u00a0[;?!]/g) }).toEqual({ path, wide: null });
    }
  });

  it('space Chinese from Latin letters and digits by one rule (decision 0027), dates and numbers included', async () => {
    const page = (await request(t.app).get('/?lang=zh').expect(200)).text;
    const text = readerText(page);
    expect(text).toMatch(/发布于 \d{4} 年 \d{1,2} 月 \d{1,2} 日/);
    for (const path of ['/', '/demo']) {
      const zh = readerText((await request(t.app).get(`${path}?lang=zh`).expect(200)).text);
      expect({ path, tight: zh.match(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/gu) }).toEqual({
        path,
        tight: null,
      });
    }
  });

  it('write the coverage and sources tables in the language, numbers through core’s formatter', async () => {
    const fr = readerText((await request(t.app).get('/?lang=fr').expect(200)).text);
    // The same counts as the English page's (pages.routes.test), written the French way.
    expect(fr).toContain('34\u00a0à 35 / 26\u00a0à 27');
    expect(fr).toMatch(/59 des 168 accords citent une page officielle/);
    expect(fr).toContain('Bureau d’information du Conseil des affaires d’État (livre blanc)');
    const zh = readerText((await request(t.app).get('/?lang=zh').expect(200)).text);
    expect(zh).toContain('34～35 / 26～27');
    expect(zh).toContain('168 条记录中有 59 条');
    expect(zh).toContain('国务院新闻办公室（白皮书）');
  });

  it('switch language with real links that keep the page, its widgets and its other links in that language', async () => {
    for (const path of ['/', '/demo']) {
      const page = (await request(t.app).get(`${path}?lang=fr`).expect(200)).text;
      const nav = /<nav class="lang-switch"[^>]*>([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? '';
      const links = [...nav.matchAll(/<a href="([^"]+)"[^>]*?(aria-current="true")?>([^<]+)<\/a>/g)].map(
        (m) => [m[1], m[2] !== undefined, m[3]],
      );
      expect(links).toEqual([
        ['?lang=en', false, 'English'],
        ['?lang=fr', true, 'Français'],
        ['?lang=zh', false, '中文'],
      ]);
      // No script takes the links over: following one loads the page in that language.
      expect(page).not.toContain('lang-switch.js');
      const zh = (await request(t.app).get(`${path}?lang=zh`).expect(200)).text;
      expect(zh).toContain('<html lang="zh-Hans">');
    }
    const landing = (await request(t.app).get('/?lang=zh').expect(200)).text;
    expect(landing).toContain('<a class="brand" href="/?lang=zh">');
    expect(landing).toContain('href="/demo?lang=zh"');
    expect(landing).toMatch(/<a href="\/embed" hreflang="en">/);
    const demo = (await request(t.app).get('/demo?lang=fr').expect(200)).text;
    expect(demo).toContain('<a href="/?lang=fr">Retour à l’Observatoire</a>');
  });

  it('give each language its own ETag, so that a cache never answers one language with another', async () => {
    for (const path of ['/', '/demo']) {
      const tags = new Map<string, string>();
      for (const lang of ['en', 'fr', 'zh']) {
        const res = await request(t.app).get(`${path}?lang=${lang}`).expect(200);
        tags.set(lang, String(res.headers['etag']));
      }
      expect(new Set(tags.values()).size).toBe(3);
      await request(t.app)
        .get(`${path}?lang=fr`)
        .set('If-None-Match', tags.get('fr') ?? '')
        .expect(304);
      await request(t.app)
        .get(`${path}?lang=fr`)
        .set('If-None-Match', tags.get('en') ?? '')
        .expect(200);
    }
  });
});
