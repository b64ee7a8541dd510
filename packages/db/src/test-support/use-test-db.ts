import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openTestDb, type TestDb } from '../testing/open-test-db.js';
import type { TestDatabase } from '../testing/test-database.js';

/**
 * Opens a migrated database of its own on an engine for the surrounding describe block, empties it before
 * each test and removes it afterwards. Returns a getter for use inside tests.
 */
export function useTestDb(database: TestDatabase): () => TestDb {
  let testDb: TestDb | undefined;
  beforeAll(async () => {
    testDb = await openTestDb(database);
  });
  beforeEach(async () => {
    await testDb?.clear();
  });
  afterAll(async () => {
    await testDb?.dispose();
  });
  return () => {
    if (!testDb) throw new Error('the test database is not open');
    return testDb;
  };
}
