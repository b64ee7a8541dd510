import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBriefRequest } from '../request/parse-brief-request.js';
import { openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
import { buildBriefPage } from './build-brief.js';

/**
 * The brief's own sentences, as an editor reads them in French and Chinese: each paragraph's text, the
 * sources' quotations left out (they are printed as the source wrote them).
 */
function paragraphs(html: string): string[] {
  const notes = html.indexOf('id="section-notes"');
  const about = html.indexOf('id="section-about"');
  const own = notes < 0 || about < 0 ? html : html.slice(0, notes) + html.slice(about);
  return [...own.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)]
    .map((match) =>
      (match[1] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/&#39;|&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/[\t\n ]+/g, ' ')
        .trim(),
    )
    .filter((text) => text !== '');
}

/** The deepest nesting of parentheses (ASCII or full-width) in a text. */
function parenthesesDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '(' || char === '（') deepest = Math.max(deepest, ++depth);
    if (char === ')' || char === '）') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

describe('the wording of a brief, read as an editor would', () => {
  let fixture: BriefTestData;
  beforeAll(async () => {
    fixture = await openBriefTestData();
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  const built = new Map<string, string[]>();
  const textOf = (input: Record<string, string>) => {
    const key = JSON.stringify(input);
    const known = built.get(key);
    if (known) return known;
    const texts = paragraphs(
      buildBriefPage(parseBriefRequest(input), fixture.data, {
        generatedAt: new Date('2026-11-28T12:00:00Z'),
        widgetsUrl: null,
        mapGeometry: null,
      }).html,
    );
    built.set(key, texts);
    return texts;
  };
  const briefs: readonly Record<string, string>[] = [
    { template: 'overview' },
    { template: 'overview', length: 'report' },
    { template: 'partner', subject: 'RUS' },
    { template: 'partner', subject: 'ASEAN' },
    { template: 'region', subject: '142' },
  ];

  it('never opens a parenthesis inside another (the latest tally’s claimant has its own)', () => {
    for (const lang of ['en', 'fr', 'zh'])
      for (const brief of briefs)
        for (const text of textOf({ ...brief, lang })) {
          // The agreement titles quote an original beside a translation; the tables are not paragraphs.
          expect.soft(parenthesesDepth(text), `${lang} ${brief.template}: ${text}`).toBeLessThan(2);
        }
  }, 120_000);

  it('writes a probability below the smallest printed as words, and a percent as the language does', () => {
    const en = textOf({ template: 'overview', lang: 'en' }).join('\n');
    const fr = textOf({ template: 'overview', lang: 'fr' }).join('\n');
    const zh = textOf({ template: 'overview', lang: 'zh' }).join('\n');
    expect(en).toContain('with a probability below 0.001');
    expect(en).not.toMatch(/\d %/);
    expect(fr).toContain('avec une probabilité inférieure à 0,001');
    expect(fr).toContain('95\u00a0%');
    expect(zh).toContain('的概率低于 0.001');
    for (const text of [en, fr, zh]) expect(text).not.toMatch(/[<>]\s?0[.,]0/);
  });

  it('in Chinese, puts no space after a full stop and no ASCII comma beside Chinese', () => {
    for (const brief of briefs)
      for (const text of textOf({ ...brief, lang: 'zh' })) {
        expect.soft(text, `${brief.template}: ${text}`).not.toMatch(/。 /);
        expect.soft(text, `${brief.template}: ${text}`).not.toMatch(/[\u4e00-\u9fff）], /);
        // The Observatory is "本观察站" (or its name), never "本观察" ("this observation") before a verb.
        expect.soft(text, `${brief.template}: ${text}`).not.toMatch(/本观察(?!站)/);
      }
  });

  it('in French, keeps a no-break space before “:”, “;”, “»” and after “«”, and says “au” before a day', () => {
    for (const brief of briefs)
      for (const text of textOf({ ...brief, lang: 'fr' })) {
        const where = `${brief.template}: ${text}`;
        expect.soft(text, where).not.toMatch(/[^\s\u00a0\u202f][ ][:;?!»]/);
        expect.soft(text, where).not.toMatch(/« /);
        expect
          .soft(text, where)
          .not.toMatch(
            / à \d{1,2}(?:er)?[\s\u00a0\u202f](?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/,
          );
      }
    const rus = textOf({ template: 'partner', subject: 'RUS', lang: 'fr' }).join('\n');
    expect(rus).toMatch(/de septembre 2016 au 8[\s\u00a0\u202f]juillet 2025/u);
  });

  it('in French, holds the guillemets to a quotation with no-break spaces, none after a Chinese full stop', () => {
    const { html, styles } = buildBriefPage(
      parseBriefRequest({ template: 'overview', lang: 'fr' }),
      fixture.data,
      {
        generatedAt: new Date('2026-11-28T12:00:00Z'),
        widgetsUrl: null,
        mapGeometry: null,
      },
    );
    // The quotation marks are the stylesheet's: never an ordinary space inside them, where a line could break.
    expect(styles).toContain(':lang(fr) q { quotes: "«\\a0" "\\a0»" "“" "”"; }');
    expect(styles).toContain(':lang(fr) q.cjk-end { quotes: "«\\a0" "»" "“" "”"; }');
    const quotes = [...html.matchAll(/<q class="quote( cjk-end)?" dir="auto">([^<]*)<\/q>/g)].map(
      ([, cjk, text]) => [cjk !== undefined, (text ?? '').trim()] as const,
    );
    expect(quotes.some(([cjk]) => cjk)).toBe(true);
    expect(quotes.some(([cjk]) => !cjk)).toBe(true);
    for (const [cjk, text] of quotes) expect(cjk, text).toBe(/[。！？」』）]$/u.test(text));
  }, 60_000);

  it('keeps an agreement’s date on one line in its table, in every language (“2009 年 10 月 25 日” whole)', () => {
    for (const lang of ['en', 'fr', 'zh']) {
      const html = buildBriefPage(
        parseBriefRequest({ template: 'partner', subject: 'ASEAN', lang }),
        fixture.data,
        {
          generatedAt: new Date('2026-11-28T12:00:00Z'),
          widgetsUrl: null,
          mapGeometry: null,
        },
      ).html;
      const table = html.slice(html.indexOf('id="section-agreements"'));
      const firstCell = /<tbody>\s*<tr[^>]*>\s*<td[^>]*>([\s\S]*?)<\/td>/.exec(table)?.[1] ?? '';
      expect(firstCell, lang).toMatch(/^\s*<span class="nowrap">[^<]*\d[^<]*<\/span>/);
    }
  });

  it('puts no space after a Chinese caption’s full stop, no stray period, and writes a Chinese year with 年', () => {
    for (const lang of ['en', 'fr', 'zh'])
      for (const brief of [
        { template: 'overview' },
        { template: 'partner', subject: 'RUS' },
        { template: 'region', subject: '150' },
      ]) {
        const html = buildBriefPage(parseBriefRequest({ ...brief, lang }), fixture.data, {
          generatedAt: new Date('2026-11-28T12:00:00Z'),
          widgetsUrl: null,
          mapGeometry: null,
        }).html;
        for (const caption of html.match(/<figcaption>[\s\S]*?<\/figcaption>/g) ?? []) {
          const text = caption
            .replace(/<[^>]+>/g, '')
            .replace(/\s+/g, ' ')
            .trim();
          expect(text, `${lang} ${brief.template}`).not.toMatch(/。 /u);
        }
        if (lang === 'en' && brief.template === 'overview')
          expect(html).toMatch(/dashed lines: the medians\s*<span/);
        if (lang === 'zh' && brief.template === 'partner')
          expect(html).toContain('时间跨度为 2016 年至 2025 年');
      }
  });

  it('says “none verified” on a partner’s cover in words, never “0 of them”', () => {
    const cover = (input: Record<string, string>) => {
      const html = buildBriefPage(parseBriefRequest({ template: 'partner', ...input }), fixture.data, {
        generatedAt: new Date('2026-11-28T12:00:00Z'),
        widgetsUrl: null,
        mapGeometry: null,
      }).html;
      const start = html.indexOf('<p class="headline-figure">');
      return html.slice(start, html.indexOf('</p>', start)).replace(/\s+/g, ' ');
    };
    expect(cover({ subject: 'UZB', lang: 'fr' })).toContain('dont aucun n’est vérifié');
    expect(cover({ subject: 'UZB', lang: 'en' })).toContain('none of them verified');
    expect(cover({ subject: 'ASEAN', lang: 'zh' })).toContain('尚未经官方来源');
    for (const lang of ['en', 'fr', 'zh'])
      expect(cover({ subject: 'UZB', lang })).not.toMatch(/dont 0|\b0 of them|其中 0 项/);
  });
});
