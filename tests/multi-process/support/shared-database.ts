import { testDatabases, type TestDatabaseInstance } from '@sco/db/testing';

/**
 * The PostgreSQL engine of the multi-process suite: several processes share one database, which SQLite
 * is not for. Present when SCO_TEST_DATABASE_URL is set (on CI it must be: testDatabases throws otherwise).
 */
export const postgresEngines = (await testDatabases()).filter((database) => database.dialect === 'postgres');

/** A fresh PostgreSQL database for one suite, and its URL for the processes. */
export async function sharedDatabase(
  engine: (typeof postgresEngines)[number],
): Promise<{ url: string; instance: TestDatabaseInstance }> {
  const instance = await engine.create();
  if (instance.config.dialect !== 'postgres') throw new Error('expected a PostgreSQL test database');
  return { url: instance.config.url, instance };
}
