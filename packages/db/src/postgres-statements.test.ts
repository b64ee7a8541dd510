import { sql } from 'kysely';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { listAgreementIds } from './agreements/list-agreements.js';
import { createDb } from './create-db.js';
import { migrateToLatest } from './migrate/migrate-to-latest.js';
import { PREPARED_MARK, preparingStatements, type PgPoolLike } from './postgres-statements.js';
import { openTestDb, testDatabases } from './testing/index.js';

/** A pool of one stand-in connection that records what each query sent. */
function recordingPool() {
  const sent: unknown[] = [];
  const released: unknown[] = [];
  const client = {
    query: (config: unknown) => {
      sent.push(config);
      return Promise.resolve({ rows: [], command: 'SELECT', rowCount: 0 });
    },
    release: (destroy?: boolean) => {
      released.push(destroy);
    },
  } as unknown as pg.PoolClient;
  let ended = false;
  const pool: PgPoolLike = {
    connect: () => Promise.resolve(client),
    end: () => {
      ended = true;
      return Promise.resolve();
    },
  };
  return { pool, sent, released, ended: () => ended };
}

describe('preparingStatements', () => {
  it('names a marked statement once per text, the first `size` texts only, and sends the rest unnamed', async () => {
    const { pool, sent, released, ended } = recordingPool();
    const kysely = preparingStatements(pool, 2);
    const client = await kysely.connect();
    const a = `${PREPARED_MARK}select 1 where $1`;
    const b = `${PREPARED_MARK}select 2 where $1`;
    const c = `${PREPARED_MARK}select 3 where $1`;
    for (const text of [a, b, a, c, 'select 4 where $1']) await client.query(text, [7]);
    expect(sent).toEqual([
      { name: 'sco_prepared_1', text: a, values: [7] },
      { name: 'sco_prepared_2', text: b, values: [7] },
      { name: 'sco_prepared_1', text: a, values: [7] },
      { text: c, values: [7] },
      { text: 'select 4 where $1', values: [7] },
    ]);
    // One wrapper per connection; a cursor passes through; release and end reach the pool.
    expect(await kysely.connect()).toBe(client);
    const cursor = { read: () => Promise.resolve([]), close: () => Promise.resolve() };
    client.query(cursor);
    expect(sent.at(-1)).toBe(cursor);
    client.release();
    expect(released).toEqual([undefined]);
    await kysely.end();
    expect(ended()).toBe(true);
  });
});

const postgres = (await testDatabases()).filter((database) => database.dialect === 'postgres');

describe.skipIf(postgres.length === 0).each(postgres)('a listing page on $dialect', (database) => {
  it('is prepared once per connection and shape, and run by name after', async () => {
    const db = await openTestDb(database);
    try {
      // One transaction: one connection, whose prepared statements PostgreSQL lists.
      const prepared = await db.db.transaction().execute(async (trx) => {
        for (const from of [2010, 2015, 2020]) {
          await listAgreementIds(trx, '1.0.0', { limit: 50, from, sort: '-signed_date' });
        }
        await listAgreementIds(trx, '1.0.0', { limit: 10, sort: 'title' });
        return sql<{ statement: string }>`select statement from pg_prepared_statements order by prepare_time`
          .execute(trx)
          .then((result) => result.rows.map((row) => row.statement));
      });
      expect(prepared).toHaveLength(2);
      expect(prepared[0]).toMatch(
        /^\/\* prepared \*\/ select .*"signed_year" >= \$\d+.*order by "signed_date" desc/,
      );
      expect(prepared[1]).toMatch(/order by "sort_title" asc/);
    } finally {
      await db.dispose();
    }
  });

  it('is sent unnamed when prepared statements are off (a pooler that cannot carry them)', async () => {
    const instance = await database.create();
    if (instance.config.dialect !== 'postgres') throw new Error('a PostgreSQL test database');
    const handle = createDb({
      ...instance.config,
      pool: {
        max: 2,
        connectionTimeoutMs: 5000,
        statementTimeoutMs: 30_000,
        applicationName: 'sco-test',
        preparedStatements: false,
      },
    });
    try {
      await migrateToLatest(handle.db);
      const prepared = await handle.db.transaction().execute(async (trx) => {
        for (const from of [2010, 2015]) {
          const page = await listAgreementIds(trx, '1.0.0', { limit: 50, from, sort: '-signed_date' });
          expect(page.ids).toEqual([]);
        }
        return sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(trx);
      });
      expect(prepared.rows[0]?.n).toBe(0);
    } finally {
      await handle.close();
      await instance.drop();
    }
  });
});
