import { describe, expect, it } from 'vitest';
import { pageArea } from './page-area.js';

describe('pageArea', () => {
  it('leaves the content area the margins leave, in whole hundredths of a millimetre', () => {
    // A4: 210 − 19 − 19 = 172 wide, 297 − 22 − 22 = 253 tall; Letter: 215.9 − 44 = 171.9, 279.4 − 26 = 253.4.
    expect(pageArea('a4').content).toEqual({ width: 172, height: 253 });
    expect(pageArea('letter').content).toEqual({ width: 171.9, height: 253.4 });
    expect(pageArea('letter').size).toBe('letter');
  });
});
