import { describe, expect, it } from 'vitest';
import { chooseContentCoding } from './accept-encoding.js';

describe('chooseContentCoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['identity', 'identity'],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['br, gzip', 'br'],
    ['GZIP, BR', 'br'],
    ['deflate', 'identity'],
    ['*', 'br'],
    ['gzip;q=1.0, br;q=0.5', 'gzip'],
    ['gzip;q=0.8, br;q=0.8, identity', 'identity'],
    ['gzip;q=0.8, br;q=0.8', 'br'],
    ['identity;q=0.5, gzip;q=0.4', 'identity'],
    [' gzip ; q=0.3 ,  br ; Q=0.2 ', 'gzip'],
  ])('%j → %s', (header, expected) => {
    expect(chooseContentCoding(header)).toBe(expected);
  });

  it.each([
    ['br;q=0', 'identity'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0, br;q=0.001', 'br'],
    ['br;q=0.000, gzip;q=0', 'identity'],
    ['*;q=0', 'identity'],
    ['*;q=0, gzip', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['br;q=0, *;q=0.5', 'gzip'],
    ['identity;q=0, gzip', 'gzip'],
    ['identity;q=0, *;q=0', 'identity'],
  ])('refusals (q=0): %j → %s', (header, expected) => {
    expect(chooseContentCoding(header)).toBe(expected);
  });

  it('ignores members whose weight is not a qvalue, and empty members', () => {
    expect(chooseContentCoding('br;q=2, gzip')).toBe('gzip');
    expect(chooseContentCoding('br;q=abc')).toBe('identity');
    expect(chooseContentCoding('br;q=0.1234, gzip;q=0.1')).toBe('gzip');
    expect(chooseContentCoding(',, br ,')).toBe('br');
    expect(chooseContentCoding('br;q')).toBe('identity');
  });
});
