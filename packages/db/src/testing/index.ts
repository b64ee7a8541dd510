export { testDatabases, TestDatabaseUnavailableError } from './test-databases.js';
export type { TestDatabase, TestDatabaseInstance } from './test-database.js';
export { openTestDb, type TestDb } from './open-test-db.js';
export { clearDatabase } from './clear-database.js';
export { parseTestEnv, readTestEnv, InvalidTestEnvError, type TestEnv } from './test-env.js';
