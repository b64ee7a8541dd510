import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesFor } from './i18n/messages-for.js';
import { flat, pdfFonts, pdfPages, writePdf } from './test-support/poppler.js';
import { briefSuite } from './test-support/brief-suite.js';
import { testResultsDir } from './test-support/test-env.js';

const outDir = testResultsDir('briefs');

/**
 * The embedded fonts of a PDF (its distinct subset names, "ABCDEF+NotoSansSC-Bold"; Chromium writes a font
 * object per page for each) counted by face ("NotoSansSC-Bold").
 */
function countByFace(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of new Set(names)) {
    const face = name.replace(/^[A-Z]{6}\+/, '');
    counts.set(face, (counts.get(face) ?? 0) + 1);
  }
  return counts;
}

describe('the Chinese font of a brief', () => {
  const { renderer, fixture } = briefSuite({ outDir });

  it.each(['zh', 'en'] as const)(
    'is embedded once per face in the %s overview, as CID TrueType',
    async (lang) => {
      const brief = await renderer.render({ template: 'overview', lang, paper: 'a4' }, fixture.data);
      const file = await writePdf(path.join(outDir, `overview-${lang}-fonts.pdf`), brief.pdf);
      const fonts = await pdfFonts(file);
      const chinese = fonts.filter((font) => font.name.includes('NotoSansSC'));
      expect(chinese.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.embedded, font.name).toBe(true);
        expect(font.type, font.name).not.toBe('Type 3');
      }
      for (const font of chinese) expect(font.type, font.name).toBe('CID TrueType');
      // One font per face: each slice of the npm package that the text touches would be a font of its own.
      const faces = countByFace(chinese.map((font) => font.name));
      expect([...faces.values()]).toEqual([...faces.keys()].map(() => 1));
      expect(faces.has('NotoSansSC-Regular')).toBe(true);
      if (lang === 'zh') {
        expect(faces.has('NotoSansSC-Bold')).toBe(true);
        // Every font of the Chinese brief: its two Chinese faces and Noto Sans for what they do not cover.
        expect(new Set(fonts.map((font) => font.name)).size).toBeLessThanOrEqual(4);
      }
      const text = flat((await pdfPages(file)).join(' '));
      expect(text).toContain(flat(messagesFor(lang).titles.overview));
      expect(text).not.toMatch(/\uFFFD/);
    },
  );
});
