import { indicatorFilterSchema } from '@sco/core';
import { CompiledQuery, sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../import/import-dataset.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { agreementCountsQuery } from './count-agreements.js';

// The plan, not the time: the count by the row's columns, under filters on every column it reads, is
// answered from agreements_counted_idx without reading the agreement rows.
describe.each(databases)('the covering index of the counted columns on $dialect', (database) => {
  const testDb = useTestDb(database);
  beforeEach(async () => {
    const imported = await importDataset(testDb().db, FIXTURE, { actor: 't', now: new Date() });
    expect(imported.ok).toBe(true);
  });

  it('covers the grouped count of the agreements', async () => {
    const { db } = testDb();
    const filter = indicatorFilterSchema.parse({
      type: ['mou', 'joint_initiative'],
      bri: ['explicit', 'none'],
      sector: ['35'],
      partner: ['DEU'],
      region: ['150'],
    });
    const query = agreementCountsQuery(db, FIXTURE.version, filter, {
      jurisdictions: ['DEU'],
      kinds: null,
    }).compile();
    if (database.dialect === 'sqlite') {
      const plan = await db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
      );
      expect(plan.rows.map((row) => row.detail).join('\n')).toContain(
        'USING COVERING INDEX agreements_counted_idx',
      );
    } else {
      // An index-only scan needs the visibility map that VACUUM sets; the fixture's table is small enough
      // for a sequential scan to win, so the other scans are turned off for this transaction.
      await sql`vacuum agreements`.execute(db);
      const plan = await db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        await sql`set local enable_bitmapscan = off`.execute(trx);
        return trx.executeQuery<{ 'QUERY PLAN': string }>(
          CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
        );
      });
      expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toContain(
        'Index Only Scan using agreements_counted_idx',
      );
    }
  });
});
