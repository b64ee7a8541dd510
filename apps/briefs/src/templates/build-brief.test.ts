import { dataLabel, getIndicator, institutionNameIn, LANGS, parenthetical } from '@sco/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreText } from '../i18n/core-text.js';
import { aboutTextsFor } from '../i18n/about-texts.js';
import { messagesFor } from '../i18n/messages-for.js';
import { parseBriefRequest } from '../request/parse-brief-request.js';
import { openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
import { buildBriefPage } from './build-brief.js';
import { escapeHtml } from './html.js';
import { COUNTING_RULES, methodologyParts } from './methodology-parts.js';
import { UnknownSubjectError } from './unknown-subject-error.js';

/** How a paraphrase is introduced in each language. */
const messagesSummary = { en: 'In summary:', fr: 'En résumé\u00a0:', zh: '内容摘要：' } as const;

/** The HTML of a brief without Chromium: its words, tables and structure. */
describe('brief pages written from a real release', () => {
  let fixture: BriefTestData;

  beforeAll(async () => {
    fixture = await openBriefTestData();
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  function page(input: Record<string, string>): string {
    return buildBriefPage(parseBriefRequest({ length: 'report', ...input }), fixture.data, {
      generatedAt: new Date('2026-11-28T12:00:00Z'),
      widgetsUrl: null,
      mapGeometry: null,
    }).html;
  }

  /** The markup of one section, from its element to the next one's. */
  function section(html: string, id: string): string {
    const start = html.indexOf(`<section\n        class="brief-section ${id}-section`);
    expect(start, id).toBeGreaterThan(-1);
    const end = html.indexOf('<section', start + 1);
    return html.slice(start, end === -1 ? undefined : end);
  }

  const count = (text: string, part: string) => text.split(part).length - 1;

  it('puts every heading in one block with what it opens', () => {
    for (const [template, subject] of [
      ['overview', undefined],
      ['partner', 'FRA'],
      ['region', '142'],
      ['sector', '35'],
    ] as const) {
      const html = page({ template, ...(subject === undefined ? {} : { subject }), lang: 'en' });
      const headings = html.match(/<h1 id="section-[^"]+"/g) ?? [];
      expect(headings.length, template).toBeGreaterThanOrEqual(7);
      const leads = html.match(/<div class="section-lead">\s*<h1 id="section-/g) ?? [];
      expect(leads.length, template).toBe(headings.length);
    }
  });

  it('gives the partner institutions a numbered, captioned table of their own', () => {
    const m = messagesFor('fr');
    const profile = section(page({ template: 'partner', subject: 'FRA', lang: 'fr' }), 'profile');
    expect(profile).not.toContain('class="institutions"');
    const caption = profile.indexOf(m.captions.partnerInstitutions);
    expect(caption).toBeGreaterThan(-1);
    const table = profile.slice(caption);
    expect(table).toMatch(/^[^]*?<table class="data">[^]*?Association française de normalisation/);
    expect(table).toContain(escapeHtml(m.columns.originalName));
  });

  it('names the partner institutions in the brief’s language, in French or Chinese briefs never in English', () => {
    // Every partner: its institutions are named in Chinese, Russian, German, Korean, Arabic, English, or not named.
    const partners = [
      ...new Set(
        fixture.data.agreements.flatMap((agreement) =>
          agreement.parties.flatMap((party) => (party.side === 'partner' ? [party.jurisdiction.code] : [])),
        ),
      ),
    ];
    expect(partners.length).toBeGreaterThan(60);
    const institutions = new Map(
      fixture.data.agreements.flatMap((agreement) =>
        agreement.parties.map((party) => [party.institution.id, party.institution] as const),
      ),
    );
    let tables = 0;
    for (const lang of ['fr', 'zh'] as const) {
      const m = messagesFor(lang);
      // What the table prints for each institution, and its English name.
      const labels = new Map<string, string>();
      for (const institution of institutions.values()) {
        const name = institutionNameIn(institution, lang);
        const label = institution.acronym ? parenthetical(name, institution.acronym, lang) : name;
        labels.set(escapeHtml(label), institution.name_en);
      }
      for (const partner of partners) {
        const profile = section(page({ template: 'partner', subject: partner, lang }), 'profile');
        const start = profile.indexOf(m.captions.partnerInstitutions);
        // A partner whose agreements are all of adjacent scope has no table of institutions.
        if (start === -1) continue;
        tables += 1;
        const table = profile.slice(start, profile.indexOf('</table>', start));
        // The first cell of each row: the name (a body's own name marked as recorded), and the acronym in
        // parentheses.
        const names = [
          ...table.matchAll(
            /<tr>\s*<td class="[^"]*">(?:<span class="name-original" dir="auto">([^<]*)<\/span>)?([^<]*)<\/td>/g,
          ),
        ].map((row) => `${row[1] ?? ''}${row[2] ?? ''}`);
        expect(names.length, `${partner} ${lang}`).toBeGreaterThan(0);
        for (const name of names) {
          const english = labels.get(name);
          expect(english, `${partner} ${lang}: ${name}`).toBeDefined();
          // Printed in the brief's language (data-labels.test: English in French only as a body's own name).
          if (lang === 'zh') expect(name, partner).not.toContain(escapeHtml(english ?? ''));
        }
      }
    }
    expect(tables).toBeGreaterThan(partners.length);
    expect(section(page({ template: 'partner', subject: 'RUS', lang: 'zh' }), 'profile')).toContain(
      '俄罗斯联邦技术调节与计量署（Rosstandart）',
    );
  }, 60_000);

  it('sets each lineage note on a line of its own, after a label', () => {
    for (const lang of LANGS) {
      const m = messagesFor(lang);
      const lineage = section(page({ template: 'partner', subject: 'FRA', lang }), 'lineage');
      const notes = [...lineage.matchAll(/<p class="relation-note">([^]*?)<\/p>/g)].map(
        (match) => match[1] ?? '',
      );
      expect(notes.length, lang).toBe(3);
      for (const note of notes)
        expect(note, lang).toContain(`<span class="label">${escapeHtml(m.text.relationNote)}</span>`);
      const afnor = 'AFNOR: a first accord signed in 2013, renewed during the 2014 state visit';
      expect(notes.join(' ')).toContain(escapeHtml(dataLabel(afnor, lang)));
      // The agreements are paragraphs of their own: a note never runs into an agreement's title.
      expect(count(lineage, '<p class="from">'), lang).toBe(3);
      expect(count(lineage, '<p class="to">'), lang).toBe(3);
    }
  });

  it('states the counting rules once, and each indicator’s own method', () => {
    for (const lang of LANGS) {
      const m = messagesFor(lang);
      for (const [template, subject] of [
        ['overview', undefined],
        ['partner', 'FRA'],
        ['region', '142'],
      ] as const) {
        const html = page({ template, ...(subject === undefined ? {} : { subject }), lang });
        const methodology = section(html, 'methodology');
        expect(methodology, lang).toContain(escapeHtml(m.text.methodologyRules));
        // As printed: in French with its no-break spaces (coreText).
        for (const rule of COUNTING_RULES) {
          expect(
            count(html, escapeHtml(coreText(rule[lang], lang))),
            `${template} ${lang}`,
          ).toBeLessThanOrEqual(1);
        }
        expect(count(methodology, escapeHtml(coreText(COUNTING_RULES[0]?.[lang] ?? '?', lang))), lang).toBe(
          1,
        );
        const own = methodologyParts(getIndicator('bri_share'), lang).own;
        expect(methodology, lang).toContain(escapeHtml(coreText(own, lang)));
      }
    }
  });

  it('shows provisions that no agreement codes as not coded, and quotes evidence once', () => {
    const m = messagesFor('fr');
    const provisions = section(page({ template: 'partner', subject: 'FRA', lang: 'fr' }), 'provisions');
    expect(provisions).not.toContain('0 / 0');
    expect(provisions).toContain(m.text.provisionNotCoded);
    expect(provisions).toContain('pour œuvrer conjointement');
    expect(provisions).not.toMatch(/<q class="evidence[^"]*" dir="auto">\s*[«“"]/);
  });

  it('names no official tally in a region’s or sector’s timeline, which sets none beside it', () => {
    for (const lang of LANGS) {
      const m = messagesFor(lang);
      for (const [template, subject] of [
        ['region', '142'],
        ['sector', '35'],
      ] as const) {
        const html = page({ template, subject, lang });
        const timeline = section(html, 'timeline');
        expect(timeline, lang).toContain(escapeHtml(m.sections.overTime));
        expect(timeline, lang).toContain(escapeHtml(m.captions.timelineAlone));
        expect(html, lang).not.toContain(escapeHtml(m.captions.timeline));
        expect(html, lang).not.toContain(escapeHtml(m.sections.timeline));
      }
      expect(section(page({ template: 'overview', lang }), 'timeline')).toContain(
        escapeHtml(m.captions.timeline),
      );
    }
  });

  it('names the breakdowns a region’s or a sector’s brief draws', () => {
    const m = messagesFor('en');
    expect(section(page({ template: 'region', subject: '142', lang: 'en' }), 'breakdowns')).toContain(
      m.sections.typesSectors,
    );
    expect(section(page({ template: 'sector', subject: '35', lang: 'en' }), 'breakdowns')).toContain(
      m.sections.typesRegions,
    );
  });

  it('counts one agreement in the singular, with its one date', () => {
    const en = page({ template: 'partner', subject: 'ASEAN', lang: 'en' });
    expect(en).toContain('the dataset documents 1 agreement (25 October 2009)');
    expect(en).not.toMatch(/\b1 agreements\b/);
    const fr = page({ template: 'partner', subject: 'ASEAN', lang: 'fr' });
    expect(fr).toContain('la base documente 1\u00a0accord (25 octobre 2009)');
  });

  it('says the scope of the overview cover’s figure: whatever their date', () => {
    // Every agreement documented, whatever its date: unlike an official tally's coverage (the first finding),
    // which counts the agreements dated by the tally.
    for (const [lang, scope] of [
      [
        'en',
        /<span class="label">documented agreements of standardisation scope with \d+ partners, all dates; \d+ verified /,
      ],
      [
        'fr',
        /<span class="label">accords documentés relevant de la normalisation, toutes dates, dont \d+ vérifiés .*, avec \d+ partenaires/,
      ],
      ['zh', /<span class="label">项有据可查的标准化领域协议（不论签署日期），涉及 \d+ 个合作方/],
    ] as const) {
      const html = page({ template: 'overview', lang, length: 'brief' });
      const start = html.indexOf('<p class="headline-figure">');
      expect(start, lang).toBeGreaterThan(-1);
      const label = html.slice(start, html.indexOf('</p>', start)).replace(/\s+/g, ' ');
      expect(label, lang).toMatch(scope);
    }
  });

  it('leads a partner’s cover with its documented count, qualified by the verified part, in the card’s scope', () => {
    /** The cover's big figure and the words under it. */
    const headline = (input: Record<string, string>) => {
      const html = page({ template: 'partner', ...input });
      const start = html.indexOf('<p class="headline-figure">');
      expect(start, JSON.stringify(input)).toBeGreaterThan(-1);
      return html.slice(start, html.indexOf('</p>', start)).replace(/\s+/g, ' ');
    };
    // By hand from data/: 8 agreements of standardisation scope with a Russian party, 3 of them verified
    // (4 unverified, 1 single-source); the card says 8 and its range 3–8.
    expect(headline({ subject: 'RUS', lang: 'en' })).toContain(
      '<span class="figure">8</span> <span class="label">documented agreements of standardisation scope, 3 of them verified by an official source or two independent sources</span>',
    );
    expect(headline({ subject: 'RUS', lang: 'fr' })).toContain(
      '<span class="figure">8</span> <span class="label">accords documentés relevant de la normalisation, dont 3 vérifiés par',
    );
    expect(headline({ subject: 'RUS', lang: 'zh' })).toContain(
      '<span class="figure">8</span> <span class="label">项有据可查的标准化领域协议，其中 3 项经官方来源或两个独立来源核实</span>',
    );
    // One agreement in the singular.
    const asean = headline({ subject: 'ASEAN', lang: 'en' });
    expect(asean).toContain(
      '<span class="figure">1</span> <span class="label">documented agreement of standardisation scope, ',
    );
    expect(asean).not.toContain('agreements');
  });

  it.each(LANGS)(
    'says who publishes the brief, the disclaimer, the licence, how to cite it and its permalink (%s)',
    (lang) => {
      const about = aboutTextsFor(lang);
      const m = messagesFor(lang);
      const full = page({ template: 'partner', subject: 'RUS', lang, origin: 'https://observatory.example' });
      const html = section(full, 'about');
      for (const text of [
        about.publisher,
        about.responsibility,
        about.contact,
        about.disclaimer,
        m.text.aboutLicence,
      ])
        expect(html).toContain(escapeHtml(text));
      // Cited by its title, release and date; given again by its permalink: an absolute GET address on the
      // origin it was asked for at, pinned to its release, that breaks only between its pieces (after "/", "?",
      // "&", "="; before ".", "-"), never after a hyphen.
      const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(full)?.[1]?.trim() ?? '';
      expect(title).not.toBe('');
      expect(html).toContain(title);
      const release = fixture.data.release.id;
      const permalink = `https://observatory.example/v1/briefs/pdf?template=partner&subject=RUS&lang=${lang}&paper=a4&length=report&release=${release}`;
      expect(html).toContain(escapeHtml(about.again));
      expect(html).toContain(`href="${escapeHtml(permalink)}"`);
      const shown = /<span class="permalink"><a href="[^"]*">([\s\S]*?)<\/a><\/span>/.exec(html)?.[1] ?? '';
      expect(shown.replace(/<[^>]*>/g, '')).toBe(escapeHtml(permalink));
      const pieces = shown.split('<wbr />').map((piece) => piece.replace(/<[^>]*>/g, ''));
      expect(pieces.length).toBeGreaterThan(4);
      for (const [i, piece] of pieces.slice(0, -1).entries())
        expect(/[/?=]$|&amp;$/.test(piece) || /^[.\-_~#%]/.test(pieces[i + 1] ?? ''), piece).toBe(true);
      expect(pieces[0]).toBe('https://observatory.example/');
      expect(html).not.toContain('POST /v1/briefs');
    },
  );

  it('refuses an unknown partner, region or sector alike, as an unknown subject', () => {
    for (const input of [
      { template: 'partner', subject: 'XYZ' },
      { template: 'region', subject: '999' },
      { template: 'sector', subject: '98' },
    ]) {
      expect(() => page({ ...input, lang: 'en' }), input.template).toThrow(UnknownSubjectError);
    }
  });

  it('prints the notes on relations between agreements in the brief’s language', () => {
    const english = 'BelTA: the 2016 agreement was updated';
    const expected = {
      en: english,
      fr: 'BelTA\u00a0: l’accord de 2016 a été mis à jour',
      zh: 'BelTA：2016 年的协议已更新',
    } as const;
    for (const lang of LANGS) {
      const lineage = section(page({ template: 'partner', subject: 'BLR', lang }), 'lineage');
      expect(lineage, lang).toContain(escapeHtml(expected[lang]));
      if (lang !== 'en') {
        expect(lineage, lang).not.toContain(english);
        // No note of the section is left in English.
        const notes = [...lineage.matchAll(/<span dir="auto">([^<]*)<\/span>/g)].map(
          (match) => match[1] ?? '',
        );
        expect(notes.length, lang).toBeGreaterThan(0);
        for (const note of notes) expect(note, lang).not.toMatch(/\b(?:the|agreement|was|renewed)\b/);
      }
    }
  });

  it('prints every agreement title in the brief’s language, a Chinese original as it is in Chinese', () => {
    const titled = /<span class="title (\w+)" lang="([^"]+)">([^<]*)<\/span>/g;
    const pages = new Map<string, string>();
    for (const lang of ['fr', 'zh'] as const) {
      // Europe's brief lists the joint initiative of 2017, whose Chinese title a source gives.
      const inputs: Record<string, string>[] = [
        { template: 'overview' },
        { template: 'region', subject: '150' },
      ];
      for (const input of inputs) {
        const html = page({ ...input, lang });
        pages.set(`${input.template} ${lang}`, html);
        const titles = [...html.matchAll(titled)];
        expect(titles.length, `${input.template} ${lang}`).toBeGreaterThan(3);
        for (const [, basis, tag] of titles) {
          expect(basis, `${input.template} ${lang}`).not.toBe('recorded');
          expect(tag, `${input.template} ${lang}`).toBe(lang);
        }
        // No agreement's English title is left in the brief, outside the words it quotes from the sources.
        const own = html.replace(/<q\b[^]*?<\/q\s*>/g, '');
        for (const agreement of fixture.data.agreements)
          expect(own, `${input.template} ${lang} ${agreement.id}`).not.toContain(
            escapeHtml(agreement.title_en),
          );
        expect(html).toContain(escapeHtml(messagesFor(lang).text.titlesNote ?? ''));
      }
    }
    expect(pages.get('region zh')).toContain(
      `<span class="title original" lang="zh">${escapeHtml('关于加强标准合作，助推“一带一路”建设联合倡议')}</span>`,
    );
    // The French title first, the original after it in parentheses.
    expect(pages.get('region fr')).toMatch(
      /<span class="title translation" lang="fr">Initiative conjointe sur le renforcement[^<]*<\/span>\s*<span\s+class="title-original"\s+dir="auto"\s+lang="zh"\s*>\(关于加强标准合作/,
    );
    // An English brief keeps the recorded English title.
    expect(page({ template: 'region', subject: '150', lang: 'en' })).toContain(
      '<span class="title recorded" lang="en">Joint Initiative on Strengthening Standards Cooperation to Promote the Belt and Road</span>',
    );
    // Five briefs written whole: more than the default time on a loaded machine.
  }, 60_000);

  it('names each source’s publisher and kind without nested parentheses or an ASCII-encoded host', () => {
    for (const lang of LANGS) {
      const notes = section(page({ template: 'overview', lang }), 'notes');
      const kinds = [...notes.matchAll(/<span class="kind">([^<]*)<\/span>/g)].map((match) => match[1] ?? '');
      expect(kinds.length, lang).toBeGreaterThan(10);
      for (const kind of kinds) expect(kind, lang).toMatch(/^· [^()]+(?:\([^()]+\))?$/);
      const publishers = [...notes.matchAll(/<span class="publisher">([^<]*)<\/span>/g)].map(
        (match) => match[1] ?? '',
      );
      expect(publishers.length, lang).toBe(kinds.length);
      if (lang !== 'en')
        expect(publishers.join(' '), lang).not.toContain('People&#39;s Daily Online (Xinhua)');
      for (const publisher of publishers) {
        expect(publisher, lang).not.toMatch(/xn--|^\d+\.\d+\.\d+\.\d+$/);
        // Never the data's English description where it has a label in the brief's language.
        const text = publisher
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&');
        expect(escapeHtml(dataLabel(text, lang)), lang).toBe(publisher);
      }
    }
  });

  it('prints a paraphrase as a summary, never in quotation marks as the source’s words', () => {
    for (const lang of LANGS) {
      const notes = section(page({ template: 'partner', subject: 'EGY', lang }), 'notes');
      const items = notes.split('<li id="note-').slice(1);
      // Al Mezan: the curators' English rendering of an Arabic page that was not reached again (quote_basis
      // paraphrase; one of the three paraphrases left once the others were re-read).
      const paraphrased = items.find((item) => item.includes('Al Mezan'));
      expect(paraphrased, lang).toBeDefined();
      expect(paraphrased, lang).toContain(`<span class="summary">${escapeHtml(messagesSummary[lang])}`);
      expect(paraphrased, lang).not.toContain('<q');
      // Amwal Plus: the page's own words (verbatim), quoted.
      const verbatim = items.find((item) => item.includes('Amwal Plus'));
      expect(verbatim, lang).toContain('<q class="quote"');
    }
  });
});
