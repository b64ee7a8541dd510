import type { Release } from '@sco/core';
import { DRAFT } from '@sco/db';
import { describe, expect, it } from 'vitest';
import { CountCache } from './count-cache.js';
import type { ReadContext } from './read-context.js';

const release = (id: string): ReadContext => ({
  kind: 'release',
  partition: id,
  release: { id, published_at: '2026-12-01T00:00:00.000Z' } as Release,
  pinned: false,
});
const draft: ReadContext = { kind: 'draft', partition: DRAFT, revision: 3, base: null };

describe('CountCache', () => {
  it('keeps counts by release and filters, whatever their order, and never for the draft', () => {
    const cache = new CountCache();
    cache.set(release('1.0.0'), { q: 'din', from: 2010, to: undefined }, 7);
    expect(cache.get(release('1.0.0'), { from: 2010, q: 'din' })).toBe(7);
    expect(cache.get(release('1.0.1'), { from: 2010, q: 'din' })).toBeUndefined();
    expect(cache.get(release('1.0.0'), { from: 2011, q: 'din' })).toBeUndefined();
    cache.set(draft, { q: 'din' }, 3);
    expect(cache.get(draft, { q: 'din' })).toBeUndefined();
  });

  it('drops the least recently used count beyond its capacity', () => {
    const cache = new CountCache(2);
    cache.set(release('1.0.0'), { q: 'a' }, 1);
    cache.set(release('1.0.0'), { q: 'b' }, 2);
    expect(cache.get(release('1.0.0'), { q: 'a' })).toBe(1);
    cache.set(release('1.0.0'), { q: 'c' }, 3);
    expect(cache.get(release('1.0.0'), { q: 'b' })).toBeUndefined();
    expect(cache.get(release('1.0.0'), { q: 'a' })).toBe(1);
    expect(cache.get(release('1.0.0'), { q: 'c' })).toBe(3);
  });
});
