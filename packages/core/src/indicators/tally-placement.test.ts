import { describe, expect, it } from 'vitest';
import { placeAgainstTally, positionAgainst } from './tally-placement.js';

const signed = (signed_date: string | null, signed_no_later_than: string | null = null) => ({
  signed_date,
  signed_no_later_than,
});

describe('positionAgainst', () => {
  it('places a year-only record in the tally’s year neither before nor after a mid-year tally', () => {
    expect(positionAgainst('2023', '2023-06')).toBe('straddles');
    expect(positionAgainst('2023-06', '2023-06')).toBe('before');
    expect(positionAgainst('2023-06-30', '2023-06')).toBe('before');
    expect(positionAgainst('2023-07', '2023-06')).toBe('after');
    expect(positionAgainst('2022', '2023-06')).toBe('before');
    expect(positionAgainst('2025-10', '2025-10-14')).toBe('straddles');
    expect(positionAgainst('2023', '2023-12')).toBe('before');
  });

  it.each([
    ['2023-12-15', '2023-12', 'before'],
    ['2023-07', '2023-06-30', 'after'],
    ['2024', '2023-12', 'after'],
    ['2010-01-01', '2023', 'before'],
    ['2024-02', '2024-02-29', 'before'],
  ] as const)('places %s against %s: %s', (date, asOf, expected) => {
    expect(positionAgainst(date, asOf)).toBe(expected);
  });
});

describe('placeAgainstTally', () => {
  it('lets a decisive signature date decide, whatever the bound', () => {
    expect(placeAgainstTally(signed('2019-03-02', '2019-03-10'), '2019-09')).toBe('before');
    expect(placeAgainstTally(signed('2020', '2020-05-01'), '2019-09')).toBe('after');
    expect(placeAgainstTally(signed('2019-10'), '2019-09')).toBe('after');
  });

  it('settles a straddling year with a bound on or before the end of the tally’s period', () => {
    // "2023" against 2023-06 straddles; a bound of 2023-06-30 is the last day of June: surely before.
    expect(placeAgainstTally(signed('2023', '2023-06-30'), '2023-06')).toBe('before');
    // A bound of 2023-07-01 is after June: it settles nothing.
    expect(placeAgainstTally(signed('2023', '2023-07-01'), '2023-06')).toBe('straddles');
    expect(placeAgainstTally(signed('2023'), '2023-06')).toBe('straddles');
    // Against a day-level tally (2025-10-14) the bound must be that day or earlier.
    expect(placeAgainstTally(signed('2025', '2025-10-14'), '2025-10-14')).toBe('before');
    expect(placeAgainstTally(signed('2025', '2025-10-15'), '2025-10-14')).toBe('straddles');
  });

  it('places an undated record by its bound alone, or not at all', () => {
    expect(placeAgainstTally(signed(null, '2018-08-02'), '2019-09')).toBe('before');
    expect(placeAgainstTally(signed(null, '2019-09-30'), '2019-09')).toBe('before');
    // Bound later than the tally: signed before or after it, unknown.
    expect(placeAgainstTally(signed(null, '2024-08-29'), '2023-12')).toBe('undated');
    expect(placeAgainstTally(signed(null), '2023-12')).toBe('undated');
  });
});
