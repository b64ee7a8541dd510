import { BRIEF_STEPS } from '@sco/briefs';
import { describe, expect, it } from 'vitest';
import { progressAt } from './brief-progress.js';

describe('progressAt', () => {
  const marks = BRIEF_STEPS.flatMap((step) => [progressAt(step, false), progressAt(step, true)]);

  it('starts at 0, only grows through the steps and ends at 1', () => {
    expect(marks[0]).toBe(0);
    expect(marks.at(-1)).toBe(1);
    expect(marks).toEqual([...marks].sort((a, b) => a - b));
  });

  it('gives each step a share of the bar, no step more than half of it', () => {
    for (const step of BRIEF_STEPS) {
      const share = progressAt(step, true) - progressAt(step, false);
      expect({ step, share: share > 0 && share <= 0.5 }).toEqual({ step, share: true });
    }
  });

  it('puts the loading of the page and its data (the longest step) before the half, the PDF after it', () => {
    expect(progressAt('load', true)).toBe(0.5);
    expect(progressAt('pdf', false)).toBe(0.6);
    expect(progressAt('pdf', true)).toBe(0.9);
  });
});
