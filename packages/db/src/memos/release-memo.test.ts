import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../import/import-dataset.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { pruneMemos } from './prune-memos.js';
import { readMemo } from './release-memo.js';
import { withWarmingLock } from './with-warming-lock.js';

const RELEASE = FIXTURE.version;

describe.each(databases)('release memos on $dialect', (database) => {
  const testDb = useTestDb(database);
  beforeEach(async () => {
    const imported = await importDataset(testDb().db, FIXTURE, { actor: 't', now: new Date() });
    expect(imported.ok).toBe(true);
  });

  it('computes a key once; the first value kept stays', async () => {
    const db = testDb().db;
    let computed = 0;
    const compute = () => Promise.resolve({ n: (computed += 1) });
    expect(await readMemo(db, RELEASE, 'g', 'k', compute)).toEqual({ value: { n: 1 }, origin: 'computed' });
    expect(await readMemo(db, RELEASE, 'g', 'k', compute)).toEqual({ value: { n: 1 }, origin: 'memo' });
    expect(computed).toBe(1);
    // Two processes computing at once: the second keep is a no-op.
    const other = await readMemo(db, RELEASE, 'g', 'k2', () => Promise.resolve('a'));
    expect(other.value).toBe('a');
    expect((await readMemo(db, RELEASE, 'g', 'k2', () => Promise.resolve('b'))).value).toBe('a');
  });

  it('keeps null and falsy values as values', async () => {
    const db = testDb().db;
    await readMemo(db, RELEASE, 'g', 'null', () => Promise.resolve(null));
    expect(await readMemo(db, RELEASE, 'g', 'null', () => Promise.resolve('x'))).toEqual({
      value: null,
      origin: 'memo',
    });
  });

  it('prunes the memos of other generations after a grace period', async () => {
    const db = testDb().db;
    await readMemo(db, RELEASE, 'old', 'k', () => Promise.resolve(1));
    await readMemo(db, RELEASE, 'new', 'k', () => Promise.resolve(2));
    const now = new Date();
    expect(await pruneMemos(db, 'new', now, 60_000)).toBe(0);
    expect(await pruneMemos(db, 'new', new Date(now.getTime() + 120_000), 60_000)).toBe(1);
    expect(await db.selectFrom('release_memos').select('generation').execute()).toEqual([
      { generation: 'new' },
    ]);
  });

  it('runs the warming; on PostgreSQL on one connection, in one process at a time, under the bulk bound', async () => {
    const db = testDb().db;
    if (database.dialect === 'sqlite') {
      expect(await withWarmingLock(db, () => Promise.resolve(7))).toBe(7);
      return;
    }
    const timeout = await withWarmingLock(db, async (conn) => {
      const { rows } = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(conn);
      // Meanwhile another process (another connection) finds the lock taken.
      expect(await withWarmingLock(db, () => Promise.resolve('ran'))).toBe('skipped');
      return rows[0]?.statement_timeout;
    });
    expect(timeout).toBe('1h');
    expect(await withWarmingLock(db, () => Promise.resolve('ran'))).toBe('ran');
  });
});
