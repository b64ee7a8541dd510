import { describe, expect, it } from 'vitest';
import { tallyLabelPlaces } from './tally-labels.js';

describe('tallyLabelPlaces', () => {
  it('puts tallies far apart above their marks', () => {
    const marks = [
      { x: 100, y: 100, text: '92' },
      { x: 300, y: 80, text: '126' },
    ];
    expect(tallyLabelPlaces(marks)).toEqual(['above', 'above']);
  });

  it('moves a number that would cover the next mark (107 and 108, six months apart)', () => {
    const marks = [
      { x: 565, y: 90, text: '107' },
      { x: 570, y: 89, text: '108' },
    ];
    const [first, second] = tallyLabelPlaces(marks);
    expect(first).not.toBe('above');
    expect(first).not.toBe('right');
    expect(second).toBe('above');
  });

  it('does not put a number on another number', () => {
    // Three tallies within a few units: no two numbers may take the same side of the same spot.
    const marks = [
      { x: 200, y: 100, text: '95' },
      { x: 204, y: 99, text: '99' },
      { x: 208, y: 98, text: '101' },
    ];
    const places = tallyLabelPlaces(marks);
    expect(places).toHaveLength(3);
    expect(new Set(places).size).toBe(3);
  });

  it('places nothing for no tally', () => {
    expect(tallyLabelPlaces([])).toEqual([]);
  });
});
