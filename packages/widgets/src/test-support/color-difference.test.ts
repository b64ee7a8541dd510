import { describe, expect, it } from 'vitest';
import { deltaE2000, lab, seenOver } from './color-difference.js';

describe('colour difference (the tests’ measure of two marks told apart)', () => {
  it('gives CIELAB as published for sRGB white, red and green', () => {
    const white = lab('#ffffff');
    expect(white[0]).toBeCloseTo(100, 2);
    expect(white[1]).toBeCloseTo(0, 1);
    expect(white[2]).toBeCloseTo(0, 1);
    // sRGB red (53.24, 80.09, 67.20) and green (87.73, −86.18, 83.18), D65.
    const [red, green] = [lab('#ff0000'), lab('#00ff00')];
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 0);
    expect(red[2]).toBeCloseTo(67.2, 0);
    expect(green[0]).toBeCloseTo(87.73, 1);
    expect(green[1]).toBeCloseTo(-86.18, 0);
    expect(green[2]).toBeCloseTo(83.18, 0);
  });

  it('gives the CIEDE2000 differences of the published test pairs', () => {
    // Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17 and 25.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
    expect(deltaE2000([50, 0, 0], [50, 0, 0])).toBe(0);
  });

  it('mixes a mark with its background by its opacity', () => {
    // 0.8 × 0x00 + 0.2 × 0xff = 51 = 0x33.
    expect(seenOver('rgb(0, 0, 0)', 0.8, 'rgb(255, 255, 255)')).toBe('#333333');
    // 0.5 × 0x00 + 0.5 × 0xff = 127.5, rounded to 128 = 0x80.
    expect(seenOver('#000000', 0.5, '#ffffff')).toBe('#808080');
  });
});
