import { describe, expect, it, vi } from 'vitest';
import { InvalidTestEnvError, parseTestEnv } from './test-env.js';
import { testDatabases, TestDatabaseUnavailableError } from './test-databases.js';

/** A URL nothing listens on. */
const UNREACHABLE = 'postgres://postgres@127.0.0.1:1/postgres';

describe('parseTestEnv', () => {
  it('reads the PostgreSQL URL and whether this is CI', () => {
    expect(parseTestEnv({})).toEqual({ databaseUrl: undefined, ci: false });
    expect(parseTestEnv({ SCO_TEST_DATABASE_URL: ' ', CI: 'false' })).toEqual({
      databaseUrl: undefined,
      ci: false,
    });
    expect(parseTestEnv({ SCO_TEST_DATABASE_URL: 'postgresql://h/db', CI: 'true' })).toEqual({
      databaseUrl: 'postgresql://h/db',
      ci: true,
    });
    expect(() => parseTestEnv({ SCO_TEST_DATABASE_URL: 'mysql://h/db' })).toThrow(InvalidTestEnvError);
  });
});

describe('testDatabases', () => {
  it('always includes SQLite', async () => {
    expect((await testDatabases({ databaseUrl: undefined, ci: false })).map((d) => d.dialect)).toEqual([
      'sqlite',
    ]);
  });

  it('fails on CI when PostgreSQL is not configured or not reachable', async () => {
    await expect(testDatabases({ databaseUrl: undefined, ci: true })).rejects.toThrow(
      TestDatabaseUnavailableError,
    );
    await expect(testDatabases({ databaseUrl: UNREACHABLE, ci: true })).rejects.toThrow(/unreachable/);
  });

  it('skips an unreachable PostgreSQL outside CI, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const databases = await testDatabases({ databaseUrl: UNREACHABLE, ci: false });
      expect(databases.map((d) => d.dialect)).toEqual(['sqlite']);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('creates a database of its own per call and removes it', async () => {
    for (const database of await testDatabases()) {
      const [a, b] = await Promise.all([database.create(), database.create()]);
      expect(a.config).not.toEqual(b.config);
      await Promise.all([a.drop(), b.drop()]);
    }
  });
});
