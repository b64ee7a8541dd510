import { createHash } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { responseCacheOf } from '../reading/response-cache.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

interface Raw {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The bytes as they came over the wire, still encoded. */
  readonly body: Buffer;
  /** How many chunks the body came in. */
  readonly chunks: number;
}

/** A GET over a real socket, with no client-side decoding. */
function get(port: number, path: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          chunks: chunks.length,
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function decode(res: Raw): Buffer {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body);
  if (encoding === 'gzip') return gunzipSync(res.body);
  if (encoding === undefined) return res.body;
  throw new Error(`unexpected Content-Encoding ${encoding}`);
}

const LIST = '/v1/agreements?limit=50&from=2010&sort=-signed_date';

describe.each(await testDatabases())('compressed responses on $dialect', (database) => {
  let t: TestApp;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    t = await openTestApp(database, { rateLimits: { expensiveReads: 10_000 } });
    server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.dispose();
  });

  it('sends JSON as brotli, gzip or identity as Accept-Encoding asks, the same content each time', async () => {
    const identity = await get(port, LIST, { 'accept-encoding': 'identity' });
    const br = await get(port, LIST, { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await get(port, LIST, { 'accept-encoding': 'gzip' });
    const none = await get(port, LIST, {});

    expect([identity.status, br.status, gzip.status, none.status]).toEqual([200, 200, 200, 200]);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    for (const res of [identity, br, gzip]) expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.body.length).toBeLessThan(identity.body.length / 3);
    expect(gzip.body.length).toBeLessThan(identity.body.length / 3);
    expect(decode(br).equals(identity.body)).toBe(true);
    expect(decode(gzip).equals(identity.body)).toBe(true);
    expect((JSON.parse(identity.body.toString('utf8')) as { items: unknown[] }).items).toHaveLength(50);
  });

  it('gives each encoding its own weak ETag, and answers 304 to that tag only', async () => {
    const tags = new Map<string, string>();
    const tagOf = (encoding: string) => tags.get(encoding) ?? '(none)';
    for (const [encoding, suffix] of [
      ['br', '-br"'],
      ['gzip', '-gzip"'],
      ['identity', '"'],
    ] as const) {
      const first = await get(port, LIST, { 'accept-encoding': encoding });
      const etag = String(first.headers['etag']);
      expect(etag).toMatch(/^W\/"[\w-]+"$/);
      expect(etag.endsWith(suffix)).toBe(true);
      tags.set(encoding, etag);
      const again = await get(port, LIST, { 'accept-encoding': encoding, 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers['etag']).toBe(etag);
      expect(again.headers['vary']).toMatch(/accept-encoding/i);
      expect(again.headers['content-encoding']).toBeUndefined();
    }
    expect(new Set(tags.values()).size).toBe(3);
    expect(tags.get('br')).toBe(tags.get('identity')?.replace(/"$/, '-br"'));
    // A tag of another encoding is another representation: the full body, in the encoding asked for.
    const other = await get(port, LIST, { 'accept-encoding': 'identity', 'if-none-match': tagOf('br') });
    expect(other.status).toBe(200);
    expect(other.headers['content-encoding']).toBeUndefined();
    const both = await get(port, LIST, {
      'accept-encoding': 'gzip',
      'if-none-match': `${tagOf('br')}, ${tagOf('gzip')}`,
    });
    expect(both.status).toBe(304);
  });

  it('keeps a read’s compressed copies in the response cache: encoded once, with their own length', async () => {
    const cache = responseCacheOf(t.app);
    if (!cache) throw new Error('no response cache');
    const path = '/v1/agreements?limit=40&sort=title';
    const identity = await get(port, path, { 'accept-encoding': 'identity' });
    const afterIdentity = { size: cache.size, bytes: cache.bytes };
    const br = await get(port, path, { 'accept-encoding': 'br' });
    expect({ size: cache.size, bytes: cache.bytes }).toEqual({
      size: afterIdentity.size + 1,
      bytes: afterIdentity.bytes + br.body.length,
    });
    const gzip = await get(port, path, { 'accept-encoding': 'gzip;q=0.9, br;q=0.1' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(cache.size).toBe(afterIdentity.size + 2);
    const held = { size: cache.size, bytes: cache.bytes };
    const get0 = vi.spyOn(cache, 'get');
    const brAgain = await get(port, path, { 'accept-encoding': 'gzip, deflate, br' });
    const gzipAgain = await get(port, path, { 'accept-encoding': 'gzip' });
    expect(get0).toHaveBeenCalledTimes(2);
    for (const result of get0.mock.results) expect(result.value).toBeInstanceOf(Buffer);
    get0.mockRestore();
    expect({ size: cache.size, bytes: cache.bytes }).toEqual(held);
    expect(brAgain.body.equals(br.body)).toBe(true);
    expect(gzipAgain.body.equals(gzip.body)).toBe(true);
    for (const res of [identity, br, gzip]) {
      expect(res.headers['content-length']).toBe(String(res.body.length));
      expect(res.headers['transfer-encoding']).toBeUndefined();
      expect(decode(res).equals(identity.body)).toBe(true);
    }
  });

  it('honours q=0: a refused coding is never sent, and refusing all of them gets identity', async () => {
    const cases: [string, string | undefined][] = [
      ['br;q=0, gzip', 'gzip'],
      ['gzip, br;q=0', 'gzip'],
      ['br;q=0, gzip;q=0', undefined],
      ['*;q=0', undefined],
      ['identity;q=0, *;q=0', undefined],
      ['*', 'br'],
      ['gzip;q=0, *', 'br'],
      ['br;q=0, *;q=0.5', 'gzip'],
    ];
    for (const [header, expected] of cases) {
      const res = await get(port, LIST, { 'accept-encoding': header });
      expect({ header, status: res.status, encoding: res.headers['content-encoding'] }).toEqual({
        header,
        status: 200,
        encoding: expected,
      });
    }
  });

  it('streams a CSV export compressed: chunked, no Content-Length, decoding to the identity file', async () => {
    const path = '/v1/agreements?format=csv';
    const identity = await get(port, path, { 'accept-encoding': 'identity' });
    const gzip = await get(port, path, { 'accept-encoding': 'gzip' });
    const br = await get(port, path, { 'accept-encoding': 'br' });
    expect(identity.status).toBe(200);
    expect(identity.headers['content-type']).toMatch(/^text\/csv/);
    for (const res of [gzip, br]) {
      expect(res.status).toBe(200);
      expect(res.headers['transfer-encoding']).toBe('chunked');
      expect(res.headers['content-length']).toBeUndefined();
      expect(res.headers['content-disposition']).toBe(identity.headers['content-disposition']);
      expect(decode(res).equals(identity.body)).toBe(true);
    }
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    // Larger than one chunk of the compressor's output (16 KiB): the file went through it in several writes.
    expect(identity.body.length).toBeGreaterThan(16 * 1024);
  });

  it('compresses pages and problem documents too, and leaves small bodies alone', async () => {
    const page = await get(port, '/', { 'accept-encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.body).toString('utf8')).toMatch(/^<!doctype html>/i);
    const small = await get(port, '/healthz', { 'accept-encoding': 'gzip' });
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('never compresses a widget file twice, nor one whose strong ETag names its bytes', async () => {
    const docs = await get(port, '/widgets/docs', {});
    const base = String(docs.headers['location']).replace(/docs\.html$/, '');
    const file = `${base}sco-widgets.js`;
    const identity = await get(port, file, { 'accept-encoding': 'identity' });
    const gzip = await get(port, file, { 'accept-encoding': 'gzip, br' });
    const brOnly = await get(port, file, { 'accept-encoding': 'br' });
    expect(identity.status).toBe(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(identity.body)).toBe(true);
    // The file's strong ETag names its identity bytes: br is not applied on top of it.
    expect(brOnly.headers['content-encoding']).toBeUndefined();
    expect(brOnly.headers['etag']).toBe(identity.headers['etag']);
    expect(createHash('sha256').update(brOnly.body).digest('hex')).toBe(
      createHash('sha256').update(identity.body).digest('hex'),
    );
  });
});
