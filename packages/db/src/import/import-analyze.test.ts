import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { IMPORTED_TABLES } from './analyze-filled-tables.js';
import { importDataset } from './import-dataset.js';
import { inTransaction } from '../transaction.js';

const postgres = databases.filter((database) => database.dialect === 'postgres');

describe.each(postgres)('importDataset on $dialect', (database) => {
  const testDb = useTestDb(database);

  it('ends with ANALYZE: every table it filled has statistics right after the import', async () => {
    const { db } = testDb();
    const {
      rows: [started],
    } = await sql<{ now: Date }>`select now() as now`.execute(db);
    const result = await importDataset(db, FIXTURE, {
      actor: 'importer',
      now: new Date('2024-03-01T10:00:00.000Z'),
    });
    expect(result).toMatchObject({ ok: true, outcome: 'created' });

    const { rows } = await sql<{ relname: string; last_analyze: Date | null }>`
      select relname, last_analyze from pg_stat_user_tables
      where schemaname = current_schema() and relname in (${sql.join([...IMPORTED_TABLES])})`.execute(db);
    expect(rows.map((row) => row.relname).sort()).toEqual([...IMPORTED_TABLES].sort());
    for (const row of rows) {
      expect(row.last_analyze, row.relname).toBeInstanceOf(Date);
      expect(row.last_analyze?.getTime(), row.relname).toBeGreaterThanOrEqual(started?.now.getTime() ?? 0);
    }
    // The planner's row count of the agreements: both partitions (draft and release) of the 11 in FIXTURE.
    const { rows: agreements } = await sql<{ reltuples: number }>`
      select reltuples from pg_class where oid = 'agreements'::regclass`.execute(db);
    expect(agreements).toEqual([{ reltuples: 22 }]);
  });

  it('vacuums every table it filled once committed, so that a count can be answered from an index alone', async () => {
    const { db } = testDb();
    const {
      rows: [started],
    } = await sql<{ now: Date }>`select now() as now`.execute(db);
    await importDataset(db, FIXTURE, { actor: 'importer', now: new Date('2024-03-01T10:00:00.000Z') });

    const { rows } = await sql<{ relname: string; last_vacuum: Date | null }>`
      select relname, last_vacuum from pg_stat_user_tables
      where schemaname = current_schema() and relname in (${sql.join([...IMPORTED_TABLES])})`.execute(db);
    expect(rows.map((row) => row.relname).sort()).toEqual([...IMPORTED_TABLES].sort());
    for (const row of rows) {
      expect(row.last_vacuum, row.relname).toBeInstanceOf(Date);
      expect(row.last_vacuum?.getTime(), row.relname).toBeGreaterThanOrEqual(started?.now.getTime() ?? 0);
    }
    // Every page of the agreements is marked all-visible: 22 rows fit in one page.
    const { rows: pages } = await sql<{ relpages: number; relallvisible: number }>`
      select relpages, relallvisible from pg_class where oid = 'agreements'::regclass`.execute(db);
    expect(pages[0]?.relallvisible).toBe(pages[0]?.relpages);
    expect(pages[0]?.relpages).toBeGreaterThan(0);
  });

  it("runs in the caller's transaction without a VACUUM (which no transaction may run)", async () => {
    const { db } = testDb();
    const {
      rows: [started],
    } = await sql<{ now: Date }>`select clock_timestamp() as now`.execute(db);
    const result = await inTransaction(db, (trx) =>
      importDataset(trx, FIXTURE, { actor: 'importer', now: new Date('2024-03-01T10:00:00.000Z') }),
    );
    expect(result).toMatchObject({ ok: true, outcome: 'created' });
    const { rows } = await sql<{ last_vacuum: Date | null }>`
      select last_vacuum from pg_stat_user_tables
      where schemaname = current_schema() and relname = 'agreements'`.execute(db);
    // None since this test started (the tables may be an earlier test's, vacuumed then).
    expect(rows).toHaveLength(1);
    expect(rows[0]?.last_vacuum?.getTime() ?? 0).toBeLessThan(started?.now.getTime() ?? 0);
  });
});
