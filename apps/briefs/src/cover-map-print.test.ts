import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBriefRequest } from './request/parse-brief-request.js';
import { pdfTool, pdfWords, writePdf, type PdfWord } from './test-support/poppler.js';
import { briefSuite } from './test-support/brief-suite.js';
import { testResultsDir } from './test-support/test-env.js';

const outDir = testResultsDir('cover-map');

/** A text box's height over its font size: Noto Sans's ascent and descent (1.069 + 0.293 em). */
const LINE_BOX = 1.362;
/** Resolution of the page image: one pixel a point. */
const DPI = 72;

/** The grey levels of a page image (pdftoppm's PGM: a header of three lines, then a byte a pixel). */
async function pageImage(file: string, page: number) {
  const base = file.replace(/\.pdf$/, `-p${page}`);
  await pdfTool('pdftoppm', [
    '-gray',
    '-r',
    String(DPI),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    base,
  ]);
  const bytes = await readFile(`${base}.pgm`);
  let offset = 0;
  const fields: number[] = [];
  while (fields.length < 3) {
    const end = bytes.indexOf(0x0a, offset);
    const line = bytes.subarray(offset, end).toString('latin1');
    offset = end + 1;
    if (line.startsWith('P5') || line.startsWith('#')) continue;
    fields.push(...line.trim().split(/\s+/).map(Number));
  }
  const [width = 0] = fields;
  return (x: number, y: number) => bytes[offset + Math.round(y) * width + Math.round(x)] ?? 255;
}

describe('the map on a printed cover', () => {
  const { renderer, fixture } = briefSuite({ outDir });

  it.each([
    { template: 'overview', lang: 'en' },
    { template: 'region', subject: '142', lang: 'en' },
    { template: 'region', subject: '142', lang: 'fr' },
  ])(
    'prints its legend at 7 pt or more, draws nothing of the map under it and its note whole: $template $subject $lang',
    async (input) => {
      const brief = await renderer.render(parseBriefRequest(input), fixture.data);
      const file = await writePdf(
        path.join(outDir, `${input.template}-${input.subject ?? 'all'}-${input.lang}.pdf`),
        brief.pdf,
      );
      const words = (await pdfWords(file)).filter((word) => word.page === 1);
      const empty = input.lang === 'fr' ? ['aucun', 'accord'] : ['no', 'agreements'];
      const legend = words.find(
        (word, index) =>
          word.text === empty[0] &&
          words[index + 1]?.text === empty[1] &&
          Math.abs((words[index + 1]?.yMin ?? 0) - word.yMin) < 0.5,
      ) as PdfWord;
      expect(legend).toBeDefined();
      expect((legend.yMax - legend.yMin) / LINE_BOX).toBeGreaterThanOrEqual(7);
      // The note on names and borders is printed to its last word.
      const cover = words.map((word) => word.text).join(' ');
      const note = input.lang === 'fr' ? 'sans prise de position.' : 'no position is taken on them.';
      expect(cover).toContain(note);
      // Under the legend's row, down to the note, the page is white across the column: no land of the
      // neighbouring regions drawn beyond the map's crop.
      const noteTop = Math.min(
        ...words
          .filter((word) => word.yMin > legend.yMax + 1 && /^(Names|Noms)/.test(word.text))
          .map((w) => w.yMin),
      );
      expect(noteTop).toBeGreaterThan(legend.yMax);
      const grey = await pageImage(file, 1);
      const column = words.filter((word) => word.yMin < legend.yMin);
      const [left, right] = [Math.min(...column.map((w) => w.xMin)), Math.max(...column.map((w) => w.xMax))];
      let drawn = 0;
      for (let y = legend.yMax + 2; y < noteTop - 1; y++)
        for (let x = left; x < right; x++) if (grey(x, y) < 245) drawn++;
      expect(drawn).toBe(0);
    },
  );
});
