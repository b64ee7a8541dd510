import { describe, expect, it } from 'vitest';
import { BoundedMemo } from './bounded-memo.js';

describe('BoundedMemo', () => {
  it('computes a key once, then answers from memory', () => {
    const memo = new BoundedMemo<string>();
    let computed = 0;
    const upper = (key: string) => () => {
      computed += 1;
      return key.toUpperCase();
    };
    expect(memo.get('a=1', upper('a=1'))).toBe('A=1');
    expect(memo.get('a=1', upper('a=1'))).toBe('A=1');
    expect(computed).toBe(1);
  });

  it('holds at most maxEntries keys, dropping the least recently used', () => {
    const memo = new BoundedMemo<number>(2);
    memo.get('a', () => 1);
    memo.get('b', () => 2);
    memo.get('a', () => -1);
    memo.get('c', () => 3);
    expect(memo.size).toBe(2);
    expect(memo.get('a', () => -1)).toBe(1);
    expect(memo.get('b', () => 20)).toBe(20);
  });

  it('does not keep keys longer than maxKeyLength', () => {
    const memo = new BoundedMemo<number>(10, 4);
    expect(memo.get('long key', () => 1)).toBe(1);
    expect(memo.get('long key', () => 2)).toBe(2);
    expect(memo.size).toBe(0);
  });
});
