import path from 'node:path';
import { agreementTypes, scopes, verificationLevels, type Lang } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { parseBriefRequest } from './request/parse-brief-request.js';
import { pdfWords, writePdf, type PdfWord } from './test-support/poppler.js';
import { briefSuite } from './test-support/brief-suite.js';
import { testResultsDir } from './test-support/test-env.js';

const outDir = testResultsDir('labels');

/** The short labels the agreement tables print in their narrow columns, of three words or more. */
function longLabels(lang: Lang): string[] {
  const all = [agreementTypes.labels, scopes.labels, verificationLevels.labels].flatMap((labels) =>
    Object.values(labels).map((label: Readonly<Record<Lang, string>>) => label[lang]),
  );
  return [...new Set(all)].filter((label) => label.split(/\s+/).length >= 3);
}

/**
 * The lines a label takes wherever it is printed as a cell's text: from each word that is its first word,
 * its next words either follow on the same line or start the next line at the cell's left edge.
 */
function labelLines(words: readonly PdfWord[], label: string): number[] {
  const parts = label.split(/\s+/);
  const found: number[] = [];
  for (const first of words) {
    if (first.text !== parts[0]) continue;
    let previous = first;
    let lines = 1;
    let complete = true;
    for (const part of parts.slice(1)) {
      const height = previous.yMax - previous.yMin;
      const next = words.find(
        (word) =>
          word.page === first.page &&
          word.text === part &&
          ((Math.abs(word.yMin - previous.yMin) < 1 &&
            word.xMin > previous.xMax &&
            word.xMin - previous.xMax < height) ||
            (word.yMin > previous.yMin + 1 &&
              word.yMin - previous.yMin < 2 * height &&
              Math.abs(word.xMin - first.xMin) < 1)),
      );
      if (!next) {
        complete = false;
        break;
      }
      if (next.yMin > previous.yMin + 1) lines++;
      previous = next;
    }
    if (complete) found.push(lines);
  }
  return found;
}

// The long form: its tables of agreements give the type, the scope and the level their own narrow columns.
const CASES = (['en', 'fr'] as const).flatMap((lang) =>
  [
    { template: 'partner', subject: 'RUS' },
    { template: 'region', subject: '142' },
  ].map((input) => ({ input, lang })),
);

describe('labels in the narrow columns of a brief’s tables', () => {
  const { renderer, fixture } = briefSuite({ outDir });

  it.each(CASES)('take two lines at most: $input.template in $lang', async ({ input, lang }) => {
    const brief = await renderer.render(
      parseBriefRequest({ ...input, lang, length: 'report' }),
      fixture.data,
    );
    const file = await writePdf(path.join(outDir, `${input.template}-${lang}.pdf`), brief.pdf);
    const words = await pdfWords(file);
    let measured = 0;
    for (const label of longLabels(lang)) {
      for (const lines of labelLines(words, label)) {
        measured++;
        expect(lines, label).toBeLessThanOrEqual(2);
      }
    }
    // The tables print such labels: the test measured some.
    expect(measured).toBeGreaterThan(0);
  });
});
