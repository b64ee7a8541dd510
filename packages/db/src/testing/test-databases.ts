import { postgresProblem, postgresTestDatabase, redactUrl } from './postgres-test-database.js';
import { sqliteTestDatabase } from './sqlite-test-database.js';
import type { TestDatabase } from './test-database.js';
import { readTestEnv, type TestEnv } from './test-env.js';

/** The PostgreSQL tests were required (on CI) but cannot run. */
export class TestDatabaseUnavailableError extends Error {
  override readonly name = 'TestDatabaseUnavailableError';
}

/**
 * The engines every db test runs on: always SQLite; PostgreSQL as well when SCO_TEST_DATABASE_URL is set
 * and the server answers. On CI (CI=true) a missing URL or an unreachable server throws, so that the suite
 * fails instead of silently testing SQLite alone; elsewhere an unreachable server is reported and skipped.
 */
export async function testDatabases(env: TestEnv = readTestEnv()): Promise<readonly TestDatabase[]> {
  const sqlite = sqliteTestDatabase();
  if (env.databaseUrl === undefined) {
    if (env.ci) {
      throw new TestDatabaseUnavailableError(
        'SCO_TEST_DATABASE_URL is not set: on CI every db test must also run on PostgreSQL',
      );
    }
    return [sqlite];
  }
  const problem = await postgresProblem(env.databaseUrl);
  if (problem !== null) {
    const message = `PostgreSQL at ${redactUrl(env.databaseUrl)} (SCO_TEST_DATABASE_URL) is unreachable: ${problem}`;
    if (env.ci) {
      throw new TestDatabaseUnavailableError(`${message}; on CI every db test must also run on PostgreSQL`);
    }
    console.warn(`${message}; running the db tests on SQLite only`);
    return [sqlite];
  }
  return [sqlite, postgresTestDatabase(env.databaseUrl)];
}
