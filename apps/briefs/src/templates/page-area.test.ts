import { describe, expect, it } from 'vitest';
import { pageArea } from './page-area.js';

describe('pageArea', () => {
  it('leaves the content area the margins leave, in whole hundredths of a millimetre', () => {
    // A4: 210 − 19 − 19 = 172 wide, 297 − 22 − 22 = 253 tall; Letter: 215.9 − 38 = 177.9, 279.4 − 44 = 235.4.
    expect(pageArea('a4').content).toEqual({ width: 172, height: 253 });
    expect(pageArea('letter').content).toEqual({ width: 177.9, height: 235.4 });
    expect(pageArea('letter').size).toBe('letter');
  });
});
