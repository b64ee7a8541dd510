import { describe, expect, it } from 'vitest';
import { around, tallyLabelPlaces } from './tally-labels.js';

const ABOVE = [0, -9, 'middle'];

describe('tallyLabelPlaces', () => {
  it('puts tallies far apart above their marks', () => {
    const marks = [
      { x: 100, y: 100, text: '92' },
      { x: 300, y: 80, text: '126' },
    ];
    expect(tallyLabelPlaces(marks)).toEqual([ABOVE, ABOVE]);
  });

  it('moves a number that would cover the next mark (107 and 108, six months apart)', () => {
    const marks = [
      { x: 565, y: 90, text: '107' },
      { x: 570, y: 89, text: '108' },
    ];
    const [first, second] = tallyLabelPlaces(marks);
    // Not above (on 108's mark) nor to the right: to the left, and 108 above.
    expect(first).toEqual([-9, -9, 'end']);
    expect(second).toEqual(ABOVE);
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
    expect(new Set(places.map((place) => place.join())).size).toBe(3);
  });

  it('keeps a number out of the boxes it is given to avoid (a rule, a line’s vertex)', () => {
    const mark = { x: 100, y: 100, text: '107' };
    expect(tallyLabelPlaces([mark], [{ left: 105, right: 1e4, top: 0, bottom: 1e4 }])).toEqual([
      [-9, -9, 'end'],
    ]);
    expect(tallyLabelPlaces([mark], [around(100, 88, 3)])).toEqual([[9, -9, 'start']]);
  });

  it('places nothing for no tally', () => {
    expect(tallyLabelPlaces([])).toEqual([]);
  });
});
