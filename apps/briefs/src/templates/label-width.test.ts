import { describe, expect, it } from 'vitest';
import { twoLineEm } from './label-width.js';

describe('twoLineEm', () => {
  it('is the wider line of the best split in two', () => {
    const label = 'Memorandum of understanding';
    // Narrower than the label on one line, no narrower than its longest word.
    expect(twoLineEm(label)).toBeGreaterThanOrEqual(twoLineEm('Memorandum'));
    expect(twoLineEm(label)).toBeLessThan(twoLineEm(label.replace(/ /g, '')));
  });

  it('keeps a label without a space on one line, Chinese at a full em a character', () => {
    expect(twoLineEm('谅解备忘录')).toBe(5);
    expect(twoLineEm('Verified')).toBeCloseTo(0.7 + 0.6 + 0.36 + 0.36 + 0.36 + 0.36 + 0.6 + 0.6, 5);
  });
});
