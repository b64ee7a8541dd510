import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataLabel, hasDataLabel, hasInstitutionName, institutionNameIn, LANGS, type Lang } from '@sco/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from './i18n/messages-for.js';
import { PAPERS, type Paper } from './request/brief-request.js';
import { pageArea } from './templates/page-area.js';
import { shortFormFor } from './i18n/short-form.js';
import { parseBriefRequest } from './request/parse-brief-request.js';
import { loadRealData } from './test-support/brief-test-data.js';
import { flat, pdfPages, pdfTool, writePdf } from './test-support/poppler.js';
import { briefSuite } from './test-support/brief-suite.js';

const RESOLUTION = 24;

/**
 * How full each page is: from the top of its text area to the lowest ink above the footer, as a share of
 * the text area's height (inside the paper's margins, as the stylesheet sets them). Reads pdftoppm's
 * greyscale images (binary PGM) of every page.
 */
async function pageFill(file: string, paper: Paper): Promise<number[]> {
  const margin = pageArea(paper).margin;
  const dir = await mkdtemp(path.join(tmpdir(), 'brief-fill-'));
  try {
    await pdfTool('pdftoppm', ['-gray', '-r', String(RESOLUTION), file, path.join(dir, 'page')]);
    const names = (await readdir(dir)).filter((name) => name.endsWith('.pgm')).sort();
    const fills: number[] = [];
    for (const name of names) {
      const bytes = await readFile(path.join(dir, name));
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'));
      if (!header?.[0]) throw new Error(`${name}: not a binary PGM`);
      const width = Number(header[1]);
      const height = Number(header[2]);
      const pixels = bytes.subarray(header[0].length);
      const mm = RESOLUTION / 25.4;
      const top = Math.round(margin.top * mm);
      const bottom = height - Math.round(margin.bottom * mm);
      let lowest = top;
      for (let y = top; y < bottom; y++) {
        const row = pixels.subarray(y * width, (y + 1) * width);
        if (row.some((value) => value < 200)) lowest = y;
      }
      fills.push((lowest - top) / (bottom - top));
    }
    return fills;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const TEMPLATES = [
  { template: 'overview' },
  { template: 'partner', subject: 'RUS' },
  { template: 'region', subject: '142' },
  { template: 'sector', subject: '35' },
] as const;

const CASES = PAPERS.flatMap((paper) =>
  TEMPLATES.flatMap((input) => LANGS.map((lang) => ({ input, lang, paper }))),
);

describe('the short brief (the default length)', () => {
  const { renderer, fixture } = briefSuite();
  /**
   * The data's own English texts that have a French and a Chinese label (claimants, institutions), each with
   * its label in a language.
   */
  let english: { original: string; label: (lang: Lang) => string }[] = [];

  beforeAll(async () => {
    const dataset = await loadRealData();
    english = [
      ...[
        ...dataset.tables.official_tallies.map((tally) => tally.claimant),
        ...dataset.tables.institutions.map((institution) => institution.name_en),
      ]
        .filter(hasDataLabel)
        .map((original) => ({ original, label: (lang: Lang) => dataLabel(original, lang) })),
      ...dataset.tables.institutions
        .filter((institution) => hasInstitutionName(institution.name_en))
        .map((institution) => ({
          original: institution.name_en,
          label: (lang: Lang) => institutionNameIn(institution, lang),
        })),
    ];
  });

  it.each(CASES)(
    '$input.template in $lang on $paper: at most 8 pages, none under a third full, contents in a box on page 2',
    async ({ input, lang, paper }) => {
      const request = parseBriefRequest({ ...input, lang, paper });
      expect(request.length).toBe('brief');
      const brief = await renderer.render(request, fixture.data);
      const dir = await mkdtemp(path.join(tmpdir(), 'short-brief-'));
      try {
        const file = await writePdf(path.join(dir, 'brief.pdf'), brief.pdf);
        if (paper === 'a4') {
          const report = await renderer.render({ ...request, length: 'report' }, fixture.data);
          expect(brief.pages).toBeLessThan(report.pages);
        }
        // A think-tank policy brief runs four to eight pages (issue 14), in every language and on either paper.
        expect(brief.pages).toBeLessThanOrEqual(8);

        const fills = await pageFill(file, paper);
        expect(fills).toHaveLength(brief.pages);
        // The last page too: the colophon ends the brief whole, never its tail alone.
        fills.forEach((fill, index) => {
          expect(fill, `page ${index + 1} of ${brief.pages}`).toBeGreaterThanOrEqual(1 / 3);
        });

        const pages = await pdfPages(file);
        const m = messagesFor(lang);
        const squeeze = (text: string) => text.replace(/\s+/g, '');
        // The contents share page 2 with the first section, and the method is told in words.
        expect(flat(pages[1] ?? '')).toContain(m.contents);
        expect(brief.sectionPages[Object.keys(brief.sectionPages)[0] ?? '']).toBe(2);
        const text = squeeze(pages.join(''));
        expect(text).toContain(squeeze(shortFormFor(lang).methodTitle));
        expect(text).not.toContain(squeeze(m.sections.methodology));
        // A French or Chinese brief prints none of the data's English descriptions, only their labels.
        if (lang !== 'en') {
          expect(english.length).toBeGreaterThan(10);
          // A proper name may read the same in French ("China Daily"): only texts with a label of their own.
          // (and only where the label does not hold the name itself: "CNIS (Institut national…)").
          for (const { original } of english.filter((entry) => !entry.label(lang).includes(entry.original))) {
            expect(text, original).not.toContain(squeeze(original));
          }
        }
        // A Chinese brief spaces Chinese from Latin letters and digits by one rule (decision 0027) in its own
        // words, its dates and its charts: every page before the notes, which quote the sources as written.
        if (lang === 'zh') {
          const own = pages
            .slice(0, (brief.sectionPages['section-notes'] ?? pages.length + 1) - 1)
            .join('\n');
          expect(own).toMatch(/\d 年 \d{1,2} 月/);
          const tight = own.match(/.{0,8}(?:\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9%]\p{Script=Han}).{0,8}/gu);
          expect(tight ?? [], input.template).toEqual([]);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
