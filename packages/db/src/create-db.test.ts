import { createConnection, createServer, type Socket } from 'node:net';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDb } from './create-db.js';
import { databases } from './test-support/databases.js';

const postgres = databases.filter((database) => database.dialect === 'postgres');

/** A relay on 127.0.0.1 to the server whose connections can be reset at once, as a network cut does. */
async function relay(url: string) {
  const target = new URL(url);
  const upstreamAddress = { host: target.hostname, port: Number(target.port || 5432) };
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection(upstreamAddress);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined).on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  target.hostname = '127.0.0.1';
  target.port = String(port);
  return {
    url: target.toString(),
    cut: () => {
      for (const socket of sockets) socket.resetAndDestroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

describe.each(postgres)('a PostgreSQL connection that breaks in use', (database) => {
  it('is reported, not thrown at the process; the query fails and the next one reconnects', async () => {
    const instance = await database.create();
    if (instance.config.dialect !== 'postgres') throw new Error('expected PostgreSQL');
    const network = await relay(instance.config.url);
    const failures: Error[] = [];
    const db = createDb(
      { dialect: 'postgres', url: network.url },
      {
        onPoolError: (error) => {
          failures.push(error);
        },
      },
    );
    try {
      await sql`select 1`.execute(db.db);
      // A statement under way on a checked-out connection when the network is cut: node-postgres fails the
      // query and emits 'error' on the connection too (without a listener, the process would end).
      const slept = sql`select pg_sleep(5)`.execute(db.db).then(
        () => null,
        (error: unknown) => error,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      network.cut();
      expect(await slept).toBeInstanceOf(Error);
      expect(failures.length).toBeGreaterThan(0);
      // The pool dropped the broken connection; the next statement opens a new one.
      expect((await sql<{ one: number }>`select 1 as one`.execute(db.db)).rows).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
      await network.close();
      await instance.drop();
    }
  }, 20_000);
});
