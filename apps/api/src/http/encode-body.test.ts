import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeBody, encodedTag } from './encode-body.js';

const body = Buffer.from(
  JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: `a-${i}`, title: 'Agreement' })) }),
);

describe('encodeBody', () => {
  it('leaves identity as it is', () => {
    expect(encodeBody(body, 'identity')).toBe(body);
  });

  it('compresses with brotli and gzip, each decoding to the body', () => {
    const br = encodeBody(body, 'br');
    const gzip = encodeBody(body, 'gzip');
    expect(br.length).toBeLessThan(body.length / 5);
    expect(gzip.length).toBeLessThan(body.length / 5);
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(gunzipSync(gzip).equals(body)).toBe(true);
    // gzip's magic number: a gzip stream, not raw deflate.
    expect([gzip[0], gzip[1]]).toEqual([0x1f, 0x8b]);
  });

  it('encodes an empty body too', () => {
    expect(brotliDecompressSync(encodeBody(Buffer.alloc(0), 'br')).length).toBe(0);
    expect(gunzipSync(encodeBody(Buffer.alloc(0), 'gzip')).length).toBe(0);
  });
});

describe('encodedTag', () => {
  it('suffixes the coding inside the quotes, weak or strong, and leaves identity alone', () => {
    expect(encodedTag('W/"abc"', 'identity')).toBe('W/"abc"');
    expect(encodedTag('W/"abc"', 'br')).toBe('W/"abc-br"');
    expect(encodedTag('W/"abc"', 'gzip')).toBe('W/"abc-gzip"');
    expect(encodedTag('"v3"', 'br')).toBe('"v3-br"');
  });

  it('refuses what is not an entity tag', () => {
    expect(() => encodedTag('abc', 'br')).toThrow(/not an entity tag: abc/);
  });
});
