import { createHash } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('answers 304 to a compressed representation’s ETag, with no body, whatever the encoding asked', async () => {
    const first = await get(port, LIST, { 'accept-encoding': 'br' });
    const etag = first.headers['etag'];
    expect(first.headers['content-encoding']).toBe('br');
    expect(etag).toMatch(/^W\//);
    for (const encoding of ['br', 'gzip', 'identity']) {
      const again = await get(port, LIST, { 'accept-encoding': encoding, 'if-none-match': String(etag) });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers['content-encoding']).toBeUndefined();
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
