import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { loadConfig } from '@sco/config';
import { testDatabases } from '@sco/db/testing';
import express from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressResponses } from '../http/compress.js';
import { openTestApp, rootDir, type TestApp } from '../test-support/test-app.js';
import { streamCsvExport } from './stream-export.js';

/** Chunks of 32 KB, each over the zlib stream's 16 KB buffer: every write waits for a drain. */
const CHUNKS = 48;
const CHUNK_BYTES = 32 * 1024;

/** Reads a response slowly (a pause first, then a rest every few chunks); resolves with its bytes. */
function slowGet(
  port: number,
  encoding: string,
): Promise<{ status: number; coding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/export', headers: { 'accept-encoding': encoding } },
      (res) => {
        void (async () => {
          const parts: Buffer[] = [];
          res.pause();
          await delay(100);
          let n = 0;
          for await (const chunk of res) {
            parts.push(chunk as Buffer);
            if (++n % 4 === 0) await delay(5);
          }
          resolve({
            status: res.statusCode ?? 0,
            coding: res.headers['content-encoding'],
            body: Buffer.concat(parts),
          });
        })().catch(reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * A streamed CSV export through the compression middleware to a client slower than the server: it completes
 * byte for byte, and the waits for 'drain' leave no listener behind (each used to stay on the zlib stream,
 * which warned with MaxListenersExceededWarning after ten and called every one of them on each drain).
 */
describe.each(await testDatabases())('a streamed export to a slow reader on $dialect', (database) => {
  let t: TestApp;
  let server: Server;
  let port: number;
  const expected = Array.from({ length: CHUNKS }, () => `${randomBytes(CHUNK_BYTES / 2).toString('hex')}\n`);
  const digest = createHash('sha256').update(expected.join('')).digest('hex');
  const drainListeners: number[] = [];
  beforeAll(async () => {
    t = await openTestApp(database);
    const deps = {
      db: t.db,
      config: loadConfig({}, rootDir),
      logger: pino({ level: 'silent' }),
      now: () => t.now,
    };
    const app = express();
    app.use(compressResponses());
    app.get('/export', (req, res, next) => {
      streamCsvExport(deps, { req, res, query: {}, principal: null }, 'test', async (_context, write) => {
        for (const chunk of expected) await write(chunk);
        drainListeners.push(res.listenerCount('drain'));
      }).catch(next);
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.dispose();
  });

  it.each([
    ['gzip', gunzipSync],
    ['br', brotliDecompressSync],
    ['identity', (body: Buffer) => body],
  ] as const)(
    'completes in %s, with no listener left behind',
    async (coding, decode) => {
      const warnings: Error[] = [];
      const onWarning = (warning: Error): void => {
        warnings.push(warning);
      };
      process.on('warning', onWarning);
      try {
        const answer = await slowGet(port, coding);
        expect(answer.status).toBe(200);
        expect(answer.coding).toBe(coding === 'identity' ? undefined : coding);
        expect(createHash('sha256').update(decode(answer.body)).digest('hex')).toBe(digest);
        // Warnings are emitted on the next tick.
        await delay(10);
      } finally {
        process.off('warning', onWarning);
      }
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
      // Uncompressed, the one 'drain' listener of the export is on the response itself.
      expect(drainListeners.pop()).toBeLessThanOrEqual(1);
    },
    20_000,
  );
});
