import { describe, expect, it } from 'vitest';
import { PREVIEW_TOKEN_PATTERN, PreviewStore } from './preview-store.js';

describe('the studio’s preview store', () => {
  const MINUTE = 60_000;

  it('keeps a preview under a random token until it expires', () => {
    let now = 1_000_000;
    const store = new PreviewStore<string>(15 * MINUTE, 32, () => now);
    const first = store.add('overview');
    const second = store.add('partner');
    expect(first.token).toMatch(PREVIEW_TOKEN_PATTERN);
    expect(second.token).not.toBe(first.token);
    expect(first.expiresAt.getTime()).toBe(now + 15 * MINUTE);
    expect(store.get(first.token)).toBe('overview');
    now += 15 * MINUTE - 1;
    expect(store.get(second.token)).toBe('partner');
    now += 1;
    expect(store.get(first.token)).toBeUndefined();
    expect(store.get(second.token)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('knows no other token, nor one that is not a token', () => {
    const store = new PreviewStore<string>();
    const { token } = store.add('brief');
    const other = token.replace(/^./, token.startsWith('0') ? '1' : '0');
    for (const wrong of [other, token.toUpperCase(), `${token}0`, '', '../', '__proto__', 'constructor'])
      expect(store.get(wrong)).toBeUndefined();
  });

  it('holds a bounded number: the expired go first, then the oldest', () => {
    let now = 0;
    const store = new PreviewStore<string>(10 * MINUTE, 3, () => now);
    const a = store.add('a');
    now = 6 * MINUTE;
    const b = store.add('b');
    const c = store.add('c');
    now = 10 * MINUTE;
    // Full, but a has expired: it makes room, and b and c stay.
    const d = store.add('d');
    expect([a, b, c, d].map((added) => store.get(added.token))).toEqual([undefined, 'b', 'c', 'd']);
    // Full of live previews: the oldest, b, makes room.
    const e = store.add('e');
    expect(store.size).toBe(3);
    expect([b, c, d, e].map((added) => store.get(added.token))).toEqual([undefined, 'c', 'd', 'e']);
  });
});
