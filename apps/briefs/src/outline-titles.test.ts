import path from 'node:path';
import { LANGS } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { messagesFor } from './i18n/messages-for.js';
import { parseBriefRequest } from './request/parse-brief-request.js';
import { pdfTool, writePdf } from './test-support/poppler.js';
import { briefSuite } from './test-support/brief-suite.js';
import { testResultsDir } from './test-support/test-env.js';

const outDir = testResultsDir('outline');

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** The text of every heading of a brief's HTML, in document order, white space collapsed as HTML does. */
function headingsOf(page: string): string[] {
  return [...page.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) =>
    (match[2] ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#\d+|[a-z]+);/g, (entity, name: string) =>
        name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? entity),
      )
      .replace(/[ \t\n\f\r]+/g, ' ')
      .trim(),
  );
}

interface QpdfOutline {
  readonly title: string;
  readonly kids: readonly QpdfOutline[];
}

/** The outline's titles as qpdf reads them from the file, depth first. */
async function outlineTitles(file: string): Promise<string[]> {
  const json = JSON.parse(await pdfTool('qpdf', ['--json', '--json-key=outlines', file])) as {
    outlines: QpdfOutline[];
  };
  const titles: string[] = [];
  const walk = (items: readonly QpdfOutline[]) => {
    for (const item of items) {
      titles.push(item.title);
      walk(item.kids);
    }
  };
  walk(json.outlines);
  return titles;
}

// The overview's and the sector's cover titles wrap on the cover in English and French: the outline must
// keep the space at the line break.
const TEMPLATES = [{ template: 'overview' }, { template: 'sector', subject: '35' }] as const;
const CASES = TEMPLATES.flatMap((input) => LANGS.map((lang) => ({ input, lang })));

describe('the outline of a brief', () => {
  const { renderer, fixture } = briefSuite({ outDir });

  it.each(CASES)('has the headings’ own text: $input.template in $lang', async ({ input, lang }) => {
    const request = parseBriefRequest({ ...input, lang });
    const { page } = await renderer.renderHtml(request, fixture.data);
    const headings = headingsOf(page.html);
    const brief = await renderer.render(request, fixture.data);
    const file = await writePdf(path.join(outDir, `${input.template}-${lang}.pdf`), brief.pdf);
    await pdfTool('qpdf', ['--check', file]);

    const titles = await outlineTitles(file);
    // Every heading is a bookmark, in the order of the page, with the heading's text and spaces.
    expect(titles).toEqual(headings);
    const m = messagesFor(lang);
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    expect(squeeze(titles[0] ?? '')).toBe(squeeze(brief.metadata.title));
    expect(titles).toContain(m.contents);
    if (lang !== 'zh') {
      // The cover's title is several words that wrap: each of them is still a word of the bookmark.
      expect(titles[0]?.split(' ').length).toBeGreaterThan(4);
      expect(titles[0]).toMatch(/ cooperation | coopération /);
    }
    // The reader's own outline (the renderer's result) is the same.
    expect(brief.outline.map((entry) => entry.title)).toEqual(titles);
  });
});
