import path from 'node:path';
import {
  AGREEMENT_RULES,
  computeIndicator,
  DEFAULT_INDICATOR_FILTER,
  formatBasisRange,
  formatNumberRange,
  formatValue,
  getIndicator,
  LANGS,
  sharedFractionDigits,
  type IndicatorFilter,
  type Lang,
} from '@sco/core';
import { describe, expect, it } from 'vitest';
import { messagesFor } from './i18n/messages-for.js';
import { PdfReader } from './pdf/pdf-reader.js';
import { subjectOf, type BriefRequest } from './request/brief-request.js';
import { parseBriefRequest } from './request/parse-brief-request.js';
import type { RenderedBrief } from './renderer/create-brief-renderer.js';
import { BRIEF_STEPS, type BriefProgress } from './renderer/steps.js';
import { flat, pdfFonts, pdfInfo, pdfPages, pdfTool, writePdf } from './test-support/poppler.js';
import { briefSuite } from './test-support/brief-suite.js';
import { testResultsDir } from './test-support/test-env.js';

/** The PDFs are kept in test-results/briefs for a person to look at (pdftoppm -png). */
const outDir = testResultsDir('briefs');

interface Case {
  readonly request: BriefRequest;
  /** The filter the brief's figures are computed with. */
  readonly filter: Partial<IndicatorFilter>;
}

const TEMPLATES: readonly {
  readonly input: Record<string, string>;
  readonly filter: Partial<IndicatorFilter>;
}[] = [
  { input: { template: 'overview' }, filter: {} },
  { input: { template: 'partner', subject: 'RUS' }, filter: { partner: ['RUS'] } },
  { input: { template: 'region', subject: '142' }, filter: { region: ['142'] } },
  { input: { template: 'sector', subject: '35' }, filter: { sector: ['35'] } },
];

// Every template in every language, in the long form (the short brief has its own test): Letter for the
// French briefs, A4 for the others.
const CASES: Case[] = TEMPLATES.flatMap(({ input, filter }) =>
  LANGS.map((lang) => ({
    request: parseBriefRequest({
      ...input,
      lang,
      paper: lang === 'fr' ? 'letter' : 'a4',
      length: 'report',
    }),
    filter,
  })),
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function queryOf(request: BriefRequest, release: string): string {
  const subject = subjectOf(request);
  return `template=${request.template}${subject === null ? '' : `&subject=${subject}`}&lang=${request.lang}&paper=${request.paper}${request.length === 'report' ? '&length=report' : ''}&release=${release}`;
}

describe('briefs rendered from a real release', () => {
  const { renderer, fixture } = briefSuite({ outDir });

  /** The agreements indicator's row as the brief's tables print it: title, three bases, range. */
  function agreementsRow(filter: Partial<IndicatorFilter>, lang: Lang): string {
    const indicator = getIndicator('agreements');
    const outcome = computeIndicator('agreements', {
      agreements: fixture.data.agreements,
      tallies: fixture.data.tallies,
      filter: { ...DEFAULT_INDICATOR_FILTER, ...filter },
      group_by: null,
    });
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const { values } = outcome.result.total;
    return [
      indicator.title[lang],
      formatValue(values.verified.value, 'count', lang),
      formatValue(values.verified_single.value, 'count', lang),
      formatValue(values.all.value, 'count', lang),
      formatBasisRange(values, 'count', lang),
    ].join(' ');
  }

  /** The headline totals of an indicator as core formats them: its value on all agreements, its range. */
  function coreFigures(id: string, filter: Partial<IndicatorFilter>, lang: Lang) {
    const indicator = getIndicator(id);
    const outcome = computeIndicator(id, {
      agreements: fixture.data.agreements,
      tallies: fixture.data.tallies,
      filter: { ...DEFAULT_INDICATOR_FILTER, ...filter },
      group_by: null,
    });
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const { values } = outcome.result.total;
    // A table writes a row's values and their range in the decimals the row needs (an index up to 3).
    const known = Object.values(values).flatMap(({ value }) => (value === null ? [] : [value]));
    const digits = sharedFractionDigits(known, 3);
    return {
      all: formatValue(values.all.value, indicator.unit, lang),
      range: formatBasisRange(values, indicator.unit, lang),
      tableRange: formatNumberRange(Math.min(...known), Math.max(...known), lang, {
        minFractionDigits: digits,
        maxFractionDigits: digits,
      }),
    };
  }

  it.each(CASES)(
    '$request.template brief in $request.lang on $request.paper',
    async ({ request, filter }) => {
      const events: BriefProgress[] = [];
      const brief: RenderedBrief = await renderer.render(request, fixture.data, {
        onProgress: (event) => events.push(event),
      });
      const name = [request.template, subjectOf(request), request.lang, request.paper]
        .filter(Boolean)
        .join('-');
      const file = await writePdf(path.join(outDir, `${name}.pdf`), brief.pdf);
      const release = fixture.data.release.id;

      // Every step ran and reported its time; nothing outside the brief was requested.
      const finished = events.flatMap((event) =>
        event.type === 'step' && event.state === 'finished' ? [event.step] : [],
      );
      expect([...new Set(finished)].sort()).toEqual([...BRIEF_STEPS].sort());
      for (const step of BRIEF_STEPS) expect(brief.timings[step], step).toBeGreaterThanOrEqual(0);
      expect(brief.blocked).toEqual([]);

      // Pages, paper and structure: tagged, with an outline of the sections, each where the contents say.
      const info = await pdfInfo(file);
      expect(Number(info.get('Pages'))).toBe(brief.pages);
      expect(brief.pages).toBeGreaterThanOrEqual(6);
      expect(info.get('Page size')).toMatch(
        request.paper === 'letter' ? /^612 x 792 pts \(letter\)/ : /\(A4\)$/,
      );
      expect(info.get('Tagged')).toBe('yes');

      // Metadata, set after Chromium by an incremental update that keeps the tags and the outline.
      const m = messagesFor(request.lang);
      expect(info.get('Title')).toBe(brief.metadata.title);
      expect(info.get('Author')).toBe('Soft Connectivity Observatory');
      expect(info.get('Subject')).toBe(brief.metadata.subject);
      expect(info.get('Keywords')).toContain(m.keywords[0]);
      expect(info.get('DataRelease')).toBe(release);
      expect(info.get('BriefQuery')).toBe(queryOf(request, release));
      expect(info.get('CreationDate')).toMatch(/\d{4}/);
      const xmp = await pdfTool('pdfinfo', ['-meta', file]);
      expect(xmp).toContain(`<sco:release>${release}</sco:release>`);
      expect(xmp).toContain(`<rdf:li>${m.locale}</rdf:li>`);
      await pdfTool('qpdf', ['--check', file]);
      const catalog = await pdfTool('qpdf', ['--show-object=trailer', file]);
      expect(catalog).toMatch(/\/Info \d+ 0 R/);
      const reader = new PdfReader(brief.pdf);
      const root = reader.catalog();
      for (const key of ['StructTreeRoot', 'Outlines', 'MarkInfo', 'Dests', 'Metadata', 'Lang']) {
        expect(root.has(key), key).toBe(true);
      }
      const rootObject = await pdfTool('qpdf', [`--show-object=${reader.rootNumber()}`, file]);
      expect(rootObject).toMatch(/\/StructTreeRoot \d+ 0 R/);
      expect(rootObject).toMatch(/\/Outlines \d+ 0 R/);

      const pages = await pdfPages(file);
      expect(pages).toHaveLength(brief.pages);
      const outline = reader.outline();
      const sections = Object.keys(brief.sectionPages);
      expect(sections.length).toBeGreaterThanOrEqual(7);
      sections.forEach((anchor, index) => {
        const page = brief.sectionPages[anchor] ?? 0;
        const entry = outline.find((item) => item.title.startsWith(`${index + 1}`) && item.page === page - 1);
        expect(entry, `outline entry of ${anchor}`).toBeDefined();
        // The heading is printed on the page the contents give for it.
        const squeeze = (text: string) => text.replace(/\s+/g, '');
        expect(squeeze(pages[page - 1] ?? '')).toContain(squeeze(entry?.title ?? '?'));
      });
      const contents = flat(pages[1] ?? '');
      expect(contents).toContain(m.contents);
      for (const page of Object.values(brief.sectionPages)) expect(contents).toContain(String(page));

      // Fonts: every one embedded, from the brief's own Noto web fonts, none a Type 3 (system CFF) font.
      const fonts = await pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.embedded, font.name).toBe(true);
        expect(font.type, font.name).not.toBe('Type 3');
        expect(font.name, font.name).toMatch(/^[A-Z]{6}\+Noto/);
      }

      // Text: extractable, and the headline numbers are what core computes for this release.
      const text = flat(pages.join(' '));
      const laidOutPages = await pdfPages(file, true);
      const laidOut = flat(laidOutPages.join(' '));
      // No paragraph, cell or note ends on a line of one Chinese character ("理。", "场。"): a typesetter's rule.
      const lone = laidOutPages
        .flatMap((page) => page.split('\n'))
        .filter((line) => /^\s*\p{Script=Han}\p{P}?\s*$/u.test(line));
      expect(lone, 'lines of one Chinese character').toEqual([]);
      // Without whitespace: pdftotext drops the narrow spaces around a French range's "à" in a table cell.
      expect(laidOut.replace(/\s+/g, '')).toContain(agreementsRow(filter, request.lang).replace(/\s+/g, ''));
      expect(text).toContain(flat(`${m.pageOf.before}2${m.pageOf.middle}${brief.pages}${m.pageOf.after}`));
      expect(text).toContain(release);
      expect(text).not.toMatch(/\uFFFD/);

      // Print quality, on the printed pages. Page text without its whitespace (Chinese lines break anywhere)
      // and without the footer.
      const squeeze = (value: string) => value.replace(/\s+/g, '');
      const bodies = pages.map((page, index) =>
        squeeze(page).replace(
          squeeze(`${m.pageOf.before}${index + 1}${m.pageOf.middle}${brief.pages}${m.pageOf.after}`),
          '',
        ),
      );
      // No heading at a page foot, none parted from what it opens: the first figure or table of a section
      // (its caption names the release) is on the heading's page; a section without one has text there.
      // What ends every caption, whether it names one source or several ("Source: …" / "Sources: …; …").
      const source = squeeze(m.captions.source(release)).replace(/^[^:：]*[:：]/u, '');
      const starts = bodies.map((_, index) => bodies.slice(0, index).join('').length);
      const document = bodies.join('');
      const headings = sections.map((anchor, index) => {
        const page = (brief.sectionPages[anchor] ?? 0) - 1;
        const title = squeeze(outline.find((item) => item.title.startsWith(`${index + 1}`))?.title ?? '?');
        const at = document.indexOf(title, starts[page] ?? 0);
        expect(at, `the heading of ${anchor}`).toBeGreaterThanOrEqual(0);
        return { anchor, page, end: at + title.length };
      });
      headings.forEach(({ anchor, page, end }, index) => {
        const pageEnd = (starts[page] ?? 0) + (bodies[page]?.length ?? 0);
        const next = headings[index + 1]?.end ?? document.length;
        const caption = document.indexOf(source, end);
        if (caption !== -1 && caption < next) {
          expect(
            caption + source.length,
            `the first caption of ${anchor}, on its heading's page`,
          ).toBeLessThanOrEqual(pageEnd);
        } else {
          expect(pageEnd - end, `what follows the heading of ${anchor}`).toBeGreaterThan(40);
        }
      });
      // No table caption at a page foot: the rows follow it on its page.
      const [beforeNumber = '', afterNumber = ''] = squeeze(m.captions.table(9999)).split('9999');
      const tableLabel = new RegExp(`${escapeRegExp(beforeNumber)}\\d+${escapeRegExp(afterNumber)}`, 'g');
      let tables = 0;
      bodies.forEach((body, index) => {
        for (const label of body.matchAll(tableLabel)) {
          tables++;
          const end = body.indexOf(source, label.index);
          expect(end, `the caption of ${label[0]}`).toBeGreaterThan(label.index);
          const rows = body.slice(end + source.length);
          expect(rows.length, `rows after ${label[0]} on page ${index + 1}`).toBeGreaterThan(20);
        }
      });
      expect(tables).toBeGreaterThanOrEqual(2);
      // The counting rules every indicator follows are stated once, in the methodology.
      expect(squeeze(pages.join('')).split(squeeze(AGREEMENT_RULES[request.lang])).length - 1).toBe(1);
    },
  );

  it.each(['zh', 'fr'] as const)(
    'prints the convergence balance by one rule on the cover, the headline card and the table (%s)',
    async (lang) => {
      const brief = await renderer.render({ template: 'overview', lang, paper: 'a4' }, fixture.data);
      const file = await writePdf(path.join(outDir, `overview-${lang}-figures.pdf`), brief.pdf);
      const m = messagesFor(lang);
      const squeeze = (value: string) => value.replace(/\s+/g, '');
      const pages = (await pdfPages(file)).map(squeeze);
      // core's formatValue and formatBasisRange, as the API's bodies give them.
      const balance = coreFigures('convergence_balance', {}, lang);
      expect(pages[0]).toContain(squeeze(m.text.findingConvergence(balance.range)));
      const headline = pages[(brief.sectionPages['section-headline'] ?? 0) - 1] ?? '';
      const figure = headline.indexOf(squeeze(m.captions.figure(1)));
      // The table after the figure gives the same figures, in the decimals of its row (0.500 beside 0.724).
      expect(headline.slice(figure)).toContain(squeeze(balance.tableRange));
      // The card (the sco-figure widget in print mode) gives the same value and range.
      const title = squeeze(getIndicator('convergence_balance').title[lang]);
      const card = headline.slice(headline.indexOf(title), figure);
      expect(card).toContain(squeeze(balance.all));
      expect(card).toContain(squeeze(balance.range));
    },
  );

  it('renders the first page of a Chinese brief as an image with ink on it', async () => {
    const brief = await renderer.render({ template: 'overview', lang: 'zh', paper: 'a4' }, fixture.data);
    const file = await writePdf(path.join(outDir, 'overview-zh-image.pdf'), brief.pdf);
    await pdfTool('pdftoppm', [
      '-r',
      '40',
      '-f',
      '1',
      '-l',
      '1',
      '-png',
      file,
      path.join(outDir, 'overview-zh-page'),
    ]);
    const text = flat((await pdfPages(file))[0] ?? '');
    expect(text).toContain(messagesFor('zh').titles.overview);
    // The second render of the same page reuses the measured contents and skips the measuring pass.
    const again = await renderer.render({ template: 'overview', lang: 'zh', paper: 'a4' }, fixture.data);
    expect(again.timings.layout).toBeUndefined();
    expect(again.sectionPages).toEqual(brief.sectionPages);
  });
});
