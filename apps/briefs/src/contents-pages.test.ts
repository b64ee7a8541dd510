import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesFor } from './i18n/messages-for.js';
import { PdfReader } from './pdf/pdf-reader.js';
import { parseBriefRequest } from './request/parse-brief-request.js';
import { pdfInfo, pdfPages, pdfTool, writePdf } from './test-support/poppler.js';
import { briefSuite } from './test-support/brief-suite.js';
import { testResultsDir } from './test-support/test-env.js';

const outDir = testResultsDir('briefs');

const CASES = [
  { template: 'overview', lang: 'en', paper: 'a4' },
  { template: 'overview', lang: 'fr', paper: 'letter' },
  { template: 'overview', lang: 'zh', paper: 'a4' },
  { template: 'region', subject: '142', lang: 'en', paper: 'letter' },
  { template: 'region', subject: '142', lang: 'fr', paper: 'a4' },
  { template: 'region', subject: '142', lang: 'zh', paper: 'letter' },
] as const;

const squeeze = (text: string) => text.replace(/\s+/g, '');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('the contents of a first render', () => {
  // Every render another day: another page, so that none starts from the page numbers of a render before.
  let day = 0;
  const { renderer, fixture } = briefSuite({
    outDir,
    renderer: { now: () => new Date(Date.UTC(2026, 10, 1) + ++day * 86_400_000) },
  });

  it.each(CASES)(
    '$template $lang on $paper: the contents give the page each heading is printed on, in one print',
    async (input) => {
      const request = parseBriefRequest(input);
      const brief = await renderer.render(request, fixture.data);
      // The page numbers were read from the page's layout and held in the PDF: printed once.
      expect(brief.timings.layout).toBeGreaterThanOrEqual(0);
      expect(brief.prints).toBe(1);
      const name = `contents-${input.template}-${input.lang}-${input.paper}.pdf`;
      const file = await writePdf(path.join(outDir, name), brief.pdf);

      // The headings as the outline names them ("1 Key figures"), in the contents' order.
      const titles = new PdfReader(brief.pdf)
        .outline()
        .map((entry) => entry.title)
        .filter((title) => /^\d+\s/.test(title));
      expect(titles.length).toBe(Object.keys(brief.sectionPages).length);

      const pages = await pdfPages(file);
      const contentsPage = pages.findIndex((page) => page.includes(messagesFor(input.lang).contents));
      expect(contentsPage).toBe(1);
      // The contents' entries as laid out, each of the box's two columns alone (the page cut in halves): the
      // number, the title, and after the leader its page, on the title's first line when the title wraps.
      const size = /([\d.]+) x ([\d.]+) pts/.exec((await pdfInfo(file)).get('Page size') ?? '');
      const [width, height] = [Number(size?.[1]), Number(size?.[2])];
      expect(width).toBeGreaterThan(500);
      const halves = await Promise.all(
        [0, width / 2].map((left) =>
          pdfTool('pdftotext', [
            ...['-layout', '-enc', 'UTF-8', '-f', '2', '-l', '2'],
            ...[
              '-x',
              String(Math.floor(left)),
              '-y',
              '0',
              '-W',
              String(Math.ceil(width / 2)),
              '-H',
              String(Math.ceil(height)),
            ],
            file,
            '-',
          ]),
        ),
      );
      const squeezed = pages.map(squeeze);
      titles.forEach((title, index) => {
        const [number = '', ...words] = title.split(/\s+/);
        const word = (text: string) => Array.from(text, escapeRegExp).join('\\s*');
        // The page number after the whole title, or after its first words when the rest wraps.
        const entry = words
          .map((_, at) => {
            const before = words
              .slice(0, words.length - at)
              .map(word)
              .join('\\s+');
            const after = words
              .slice(words.length - at)
              .map(word)
              .join('\\s+');
            return new RegExp(
              `(?:^|\\s)${number}\\s+${before}\\s+(\\d+)${after === '' ? '' : `\\s+${after}`}(?=\\s|$)`,
              'u',
            );
          })
          .map((pattern) => halves.map((half) => pattern.exec(half)).find((match) => match !== null))
          .find((match) => match !== undefined);
        expect(entry, `the contents' entry of ${title}`).toBeDefined();
        const listed = Number(entry?.[1]);
        // The page the heading is printed on, read from the PDF's text: the first page after the cover that
        // holds the heading, besides the contents' entry of it.
        const heading = squeeze(title);
        const printed =
          squeezed.findIndex(
            (page, at) => at > 0 && occurrences(page, heading) > (at === contentsPage ? 1 : 0),
          ) + 1;
        expect(listed, `the page of ${title} (${index + 1} of ${titles.length})`).toBe(printed);
      });
    },
  );
});
