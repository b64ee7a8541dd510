/**
 * The two environment variables the db test support reads, and the only place it reads them:
 * SCO_TEST_DATABASE_URL (a PostgreSQL server to run the tests on as well) and CI.
 */
export interface TestEnv {
  /** URL of a PostgreSQL database the tests may connect to in order to create and drop their own. */
  readonly databaseUrl: string | undefined;
  /** On CI the PostgreSQL tests are required, never skipped. */
  readonly ci: boolean;
}

export class InvalidTestEnvError extends Error {
  override readonly name = 'InvalidTestEnvError';
}

export function parseTestEnv(env: Readonly<Record<string, string | undefined>>): TestEnv {
  const raw = env['SCO_TEST_DATABASE_URL']?.trim();
  const databaseUrl = raw === undefined || raw === '' ? undefined : raw;
  if (databaseUrl !== undefined && !/^postgres(?:ql)?:\/\//.test(databaseUrl)) {
    throw new InvalidTestEnvError(
      'SCO_TEST_DATABASE_URL must be a PostgreSQL URL such as postgres://user@host:5432/postgres',
    );
  }
  return { databaseUrl, ci: env['CI'] === 'true' };
}

export function readTestEnv(): TestEnv {
  return parseTestEnv(process.env);
}
