import type { Dataset } from '@sco/core';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../create-db.js';
import { cutRelease } from '../releases/cut-release.js';
import { migrateToLatest } from '../migrate/migrate-to-latest.js';
import { MIGRATIONS, migrationProvider } from '../migrate/migrations.js';
import { getAgreement } from '../agreements/get-agreement.js';
import { saveAgreement } from '../agreements/save-agreement.js';
import { DRAFT } from '../partition/partition.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import type { TestDatabaseInstance } from '../testing/test-database.js';
import { importDataset } from './import-dataset.js';

/** The pool's statement_timeout in this test: far below what a bulk write of COPIES agreements takes. */
const SHORT_MS = 20;
/** Copies of the fixture's agreements: enough rows that writing and copying them outlasts SHORT_MS. */
const COPIES = 800;

/** The fixture with every agreement and its parties copied COPIES times under new ids (synthetic rows). */
function enlarged(dataset: Dataset, copies: number): Dataset {
  const { agreements, parties } = dataset.tables;
  const ids = Array.from({ length: copies }, (_, n) => n);
  return {
    ...dataset,
    tables: {
      ...dataset.tables,
      agreements: [
        ...agreements,
        ...ids.flatMap((n) =>
          agreements.map((a) => ({ ...a, id: `${a.id}-synthetic-${n}`, notes: 'synthetic test row' })),
        ),
      ],
      parties: [
        ...parties,
        ...ids.flatMap((n) =>
          parties.map((p) => ({ ...p, agreement_id: `${p.agreement_id}-synthetic-${n}` })),
        ),
      ],
    },
  };
}

/** The migration that builds indexes over every agreement row (PostgreSQL only). */
const INDEX_MIGRATION = '20261206020000-descending-sort-indexes';

/** PostgreSQL's error for a statement cancelled by statement_timeout (SQLSTATE 57014). */
const CANCELLED = { code: '57014' };

const postgres = databases.filter((database) => database.dialect === 'postgres');

describe.skipIf(postgres.length === 0).each(postgres)(
  'the bulk writes on PostgreSQL under a short statement_timeout',
  (database) => {
    let instance: TestDatabaseInstance;
    let handle: Db;
    beforeAll(async () => {
      instance = await database.create();
      if (instance.config.dialect !== 'postgres') throw new Error('expected a PostgreSQL test database');
      // One connection, so that the reads below run on the very connection the bulk writes used.
      handle = createDb({
        ...instance.config,
        pool: {
          max: 1,
          connectionTimeoutMs: 10_000,
          statementTimeoutMs: SHORT_MS,
          applicationName: 'sco-test',
        },
      });
    });
    afterAll(async () => {
      await handle.close();
      await instance.drop();
    });

    it('imports, publishes and migrates under the import bound; reads keep the short bound', async () => {
      const { db } = handle;
      // The migration whose indexes are built over the imported rows, and the one before it.
      const names = Object.keys(MIGRATIONS).sort();
      const at = names.indexOf(INDEX_MIGRATION);
      const before = names[at - 1];
      if (at < 1 || !before) throw new Error(`expected a migration before ${INDEX_MIGRATION}`);
      // (Set up through a pool with the default bound: this step is not under test.)
      const setup = createDb(instance.config);
      try {
        await migrateToLatest(setup.db);
      } finally {
        await setup.close();
      }
      const sleep = sql`select pg_sleep(${(SHORT_MS * 10) / 1000})`;
      await expect(sleep.execute(db)).rejects.toMatchObject(CANCELLED);

      const dataset = enlarged(FIXTURE, COPIES);
      // The same statement that fails under the pool's bound completes under the import bound.
      const imported = await importDataset(db, dataset, { actor: 'importer', now: new Date() });
      expect(imported).toMatchObject({ ok: true, outcome: 'created', release: { id: FIXTURE.version } });
      // (Counted through a pool with the default bound: a count of every row is a read, which the short
      // bound may cancel on a loaded machine, and it is not under test.)
      const check = createDb(instance.config);
      try {
        const { count } = await check.db
          .selectFrom('agreements')
          .select((eb) => eb.fn.countAll<string>().as('count'))
          .where('release_id', '=', FIXTURE.version)
          .executeTakeFirstOrThrow();
        expect(Number(count)).toBe(dataset.tables.agreements.length);
      } finally {
        await check.close();
      }

      // A release publication copies the whole draft partition: it too runs under the import bound.
      const current = await getAgreement(db, DRAFT, 'sac-din-2006');
      if (!current) throw new Error('fixture agreement missing');
      await saveAgreement(
        db,
        { ...current.aggregate, notes: 'edited' },
        { actor: 'editor', now: new Date() },
      );
      const released = await cutRelease(db, {
        id: '9.0.0',
        notes: 'after an edit',
        actor: 'editor',
        now: new Date(),
      });
      expect(released).toMatchObject({ ok: true, release: { id: '9.0.0' } });

      // Back to the schema before the index migration (default bound, not under test), then forward again:
      // the index migration indexes every agreement row, and it too runs under the import bound.
      const back = createDb(instance.config);
      try {
        const down = await new Migrator({ db: back.db, provider: migrationProvider }).migrateTo(before);
        expect(down.error).toBeUndefined();
      } finally {
        await back.close();
      }
      expect(await migrateToLatest(db)).toEqual(names.slice(at));

      // SET LOCAL ended with the transactions, RESET with the migrations: the short bound is back.
      await expect(sleep.execute(db)).rejects.toMatchObject(CANCELLED);
      const { rows } = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(db);
      expect(rows[0]?.statement_timeout).toBe(`${SHORT_MS}ms`);
    }, 60_000);
  },
);
