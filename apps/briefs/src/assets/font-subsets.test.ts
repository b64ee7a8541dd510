import { describe, expect, it } from 'vitest';
import { loadFontSubsets } from './font-subsets.js';

describe('the fonts cut to a brief', () => {
  it('are one TrueType file per face of Noto Sans SC, covering the characters of the text', async () => {
    const subsets = await loadFontSubsets();
    const { faces, css } = subsets.forText('标准化合作 <b>中国</b> ก');
    expect(faces.map((face) => `${face.family} ${face.weight}`)).toEqual([
      'Noto Sans SC 400',
      'Noto Sans SC 700',
    ]);
    for (const face of faces) {
      // A TrueType font (sfnt version 1.0), far smaller than the whole font (10 MB).
      expect(face.bytes.readUInt32BE(0)).toBe(0x00010000);
      expect(face.bytes.length).toBeLessThan(200_000);
      for (const character of '标准化合作中国<b>')
        expect(face.codePoints, character).toContain(character.codePointAt(0));
      // A character the family's slices do not cover is left to the next family of the stack.
      expect(face.codePoints).not.toContain('ก'.codePointAt(0));
      expect(css).toContain(`src:url(.${face.url}) format('truetype')`);
    }
    expect(css).toMatch(/unicode-range:U\+20-7e,[^;]*U\+4e2d/);
  });

  it('are cut once for a set of characters, and again for another', async () => {
    const subsets = await loadFontSubsets();
    const first = subsets.forText('标准化');
    expect(subsets.forText('化准标').faces).toEqual(first.faces);
    expect(subsets.forText('化准标').faces[0]).toBe(first.faces[0]);
    const other = subsets.forText('标准化合作');
    expect(other.faces[0]?.url).not.toBe(first.faces[0]?.url);
    expect(other.faces[0]?.bytes.length).toBeGreaterThan(first.faces[0]?.bytes.length ?? 0);
  });
});
