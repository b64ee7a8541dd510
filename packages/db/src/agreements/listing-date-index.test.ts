import { CompiledQuery, createQueryId, type RootOperationNode } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../import/import-dataset.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { listAgreementIds } from './list-agreements.js';

// The plan, not the time: on SQLite a page of a listing newest first, under the default scopes, years
// or a text filter, is read from agreements_listing_signed_date_desc_idx alone, in its order (no sort of
// ties). (Under several equality filters SQLite may prefer agreements_counted_idx, which finds the few
// matches directly and sorts them.)
describe.each(databases.filter((database) => database.dialect === 'sqlite'))(
  'the covering index of listings by date, newest first, on $dialect',
  (database) => {
    const testDb = useTestDb(database);
    beforeEach(async () => {
      const imported = await importDataset(testDb().db, FIXTURE, { actor: 't', now: new Date() });
      expect(imported.ok).toBe(true);
    });

    it.each([
      { from: 2010 },
      { from: 2000, to: 2020 },
      { include_adjacent: true },
      { partner: 'DEU' },
    ] as const)('covers the page of %o', async (filters) => {
      const { db } = testDb();
      const nodes: RootOperationNode[] = [];
      const recording = db.withPlugin({
        transformQuery: ({ node }) => {
          nodes.push(node);
          return node;
        },
        transformResult: ({ result }) => Promise.resolve(result),
      });
      await listAgreementIds(recording, FIXTURE.version, { ...filters, sort: '-signed_date', limit: 2 });
      const page = nodes
        .map((node) => db.getExecutor().compileQuery(node, createQueryId()))
        .find((query) => query.sql.includes('order by'));
      if (!page) throw new Error('the listing read no page');
      const plan = await db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${page.sql}`, [...page.parameters]),
      );
      const details = plan.rows.map((row) => row.detail).join('\n');
      expect(details).toContain('USING COVERING INDEX agreements_listing_signed_date_desc_idx');
      expect(details).not.toContain('TEMP B-TREE');
    });
  },
);
