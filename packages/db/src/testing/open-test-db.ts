import { createDb, type Db } from '../create-db.js';
import { migrateToLatest } from '../migrate/migrate-to-latest.js';
import { clearDatabase } from './clear-database.js';
import type { TestDatabase } from './test-database.js';

/** A migrated database of its own for a test file. */
export interface TestDb extends Db {
  /** Empties every table, e.g. before each test. */
  clear(): Promise<void>;
  /** Closes the connection and removes the database. */
  dispose(): Promise<void>;
}

/** Creates a fresh database on an engine, migrates it to the latest schema and opens it. */
export async function openTestDb(database: TestDatabase): Promise<TestDb> {
  const instance = await database.create();
  const handle = createDb(instance.config);
  const dispose = async () => {
    await handle.close();
    await instance.drop();
  };
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { ...handle, clear: () => clearDatabase(handle.db), dispose };
}
