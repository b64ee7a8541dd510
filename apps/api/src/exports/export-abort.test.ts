import { readdirSync } from 'node:fs';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Server } from 'node:http';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../http/client-errors.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

const ABORTS_PER_FORMAT = 40;

/** File descriptors this process holds open. */
function openFds(): number {
  return readdirSync('/proc/self/fd').length;
}

/** Asks for a path over a raw socket and destroys the socket as soon as the first bytes of the answer arrive. */
function abortMidResponse(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
    });
    socket.once('data', (chunk: Buffer) => {
      socket.destroy();
      resolve(chunk.length);
    });
    socket.on('error', reject);
  });
}

/** Waits until the server holds no connection (each aborted one closed on its side), at most `tries` polls. */
async function connectionsClosed(server: Server, tries = 200): Promise<number> {
  let count = Infinity;
  for (let i = 0; i < tries && count > 0; i++) {
    count = await new Promise<number>((resolve, reject) => {
      server.getConnections((error, n) => {
        if (error) reject(error);
        else resolve(n);
      });
    });
    if (count > 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return count;
}

/**
 * Clients that hang up while a CSV or XLSX export is being sent (real sockets destroyed mid-response): the
 * server neither crashes nor keeps the sockets, its file descriptors do not grow, and it answers afterwards.
 */
describe.each(await testDatabases())('exports aborted by the client on $dialect', (database) => {
  let t: TestApp;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    t = await openTestApp(database, { rateLimits: { expensiveReads: 10_000 }, responseCache: false });
    server = createHttpServer(t.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
    await t.dispose();
  });

  it('survives clients that hang up mid-export, with no socket or file descriptor left behind', async () => {
    // One full export of each format first, so that what is loaded once (modules, caches) is loaded.
    for (const format of ['csv', 'xlsx']) {
      expect(await abortMidResponse(port, `/v1/agreements?format=${format}`)).toBeGreaterThan(0);
    }
    await connectionsClosed(server);
    const before = openFds();
    for (let i = 0; i < ABORTS_PER_FORMAT; i++) {
      await Promise.all([
        abortMidResponse(port, `/v1/agreements?format=csv&q=${i % 3 === 0 ? 'din' : ''}`),
        abortMidResponse(
          port,
          `/v1/agreements?format=xlsx&include_adjacent=${i % 2 === 0 ? 'true' : 'false'}`,
        ),
        abortMidResponse(port, '/v1/cite?format=ris'),
      ]);
    }
    expect(await connectionsClosed(server)).toBe(0);
    // The fds of the aborted sockets are closed; a few may belong to the database or the runner.
    expect(openFds()).toBeLessThanOrEqual(before + 5);
    const res = await fetch(`http://127.0.0.1:${port}/v1/agreements?format=csv`);
    expect(res.status).toBe(200);
    expect((await res.text()).split('\n').length).toBeGreaterThan(10);
  });
});
