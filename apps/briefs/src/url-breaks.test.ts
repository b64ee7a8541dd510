import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBriefRequest } from './request/parse-brief-request.js';
import { briefSuite } from './test-support/brief-suite.js';
import { pdfPages, writePdf } from './test-support/poppler.js';
import { testResultsDir } from './test-support/test-env.js';

const outDir = testResultsDir('url-breaks');

/**
 * A URL found in a PDF's text as laid out (pdftotext -layout: the reading-order text joins a line that ends
 * with a hyphen to the next and drops the hyphen), as its lines: the line breaks Chromium put in it kept.
 */
function printedUrl(text: string, url: string): string[] | null {
  const pattern = Array.from(url)
    .map((character) => character.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('(?:[ \\t]*\\n[ \\t]*)?');
  const found = new RegExp(pattern).exec(text)?.[0];
  return found === undefined ? null : found.split('\n').map((line) => line.trim());
}

/** Where a URL may break: after "/", "?", "&" or "=", or before ".", "-", "_", "~", "#" or "%". */
function allowedBreak(before: string, after: string): boolean {
  return /[/?&=]$/.test(before) || /^[.\-_~#%]/.test(after);
}

// Partners whose sources have long addresses with many hyphens (news slugs), in each language.
const CASES = [
  { subject: 'FRA', lang: 'fr', paper: 'a4' },
  { subject: 'RUS', lang: 'en', paper: 'a4' },
  // A percent-encoded Russian slug ("…%D0%B0-%D1…") on Letter paper, where a line once ended with its "-".
  { subject: 'RUS', lang: 'fr', paper: 'letter' },
  { subject: 'BEN', lang: 'zh', paper: 'a4' },
] as const;

describe('addresses in a brief’s notes and colophon', () => {
  const { renderer, fixture } = briefSuite({ outDir });

  it.each(CASES)(
    'break only after "/", "?", "&", "=" or before ".", "-", never after a hyphen nor in "http": $subject in $lang',
    async ({ subject, lang, paper }) => {
      const request = parseBriefRequest({ template: 'partner', subject, lang, paper, length: 'report' });
      const brief = await renderer.render(request, fixture.data);
      const file = await writePdf(path.join(outDir, `partner-${subject}-${lang}-${paper}.pdf`), brief.pdf);
      const text = (await pdfPages(file, true)).join('\n');
      const urls = [
        ...new Set(
          fixture.data.agreements.flatMap((agreement) => agreement.sources.map((source) => source.url)),
        ),
      ];
      let found = 0;
      let broken = 0;
      for (const url of urls) {
        const lines = printedUrl(text, url);
        if (lines === null) continue;
        found++;
        if (lines.length > 1) broken++;
        for (const [i, line] of lines.slice(0, -1).entries()) {
          const next = lines[i + 1] ?? '';
          expect(line, url).not.toMatch(/-$/);
          expect(allowedBreak(line, next), `${url}: "${line}" | "${next}"`).toBe(true);
          expect(`${line}|${next}`, url).not.toMatch(/h\|ttps?|ht\|tps?|htt\|ps?|http\|s?:|https?:\/?\|/);
        }
      }
      // The notes print the partner's sources, some of them too long for a line.
      expect(found).toBeGreaterThan(3);
      expect(broken).toBeGreaterThan(0);
    },
  );
});
