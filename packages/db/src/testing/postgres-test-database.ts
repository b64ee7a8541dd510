import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestDatabase } from './test-database.js';

async function withClient<R>(url: string, work: (client: pg.Client) => Promise<R>): Promise<R> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/** Why the server cannot be used, or null when a query succeeds. */
export async function postgresProblem(url: string): Promise<string | null> {
  try {
    await withClient(url, (client) => client.query('select 1'));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Test databases get a linguistic default collation (ICU "en-US", as servers set up with an en_US locale
 * have), so that the tests show that the schema's own "C" collation is what sorts text in code-point
 * order. A server without ICU gets the server's default collation instead, with a warning.
 */
async function createDatabase(client: pg.Client, name: string): Promise<void> {
  try {
    await client.query(`create database ${name} template template0 locale_provider icu icu_locale 'en-US'`);
  } catch (error) {
    if (!(error instanceof Error) || !/icu|locale/i.test(error.message)) throw error;
    console.warn(
      `creating ${name} with an ICU collation failed (${error.message}); using the server default`,
    );
    await client.query(`create database ${name}`);
  }
}

/**
 * PostgreSQL test databases: each `create` connects to the server at `url` and creates a database
 * sco_test_<pid>_<random>; `drop` drops it, closing any connection left.
 */
export function postgresTestDatabase(url: string): TestDatabase {
  return {
    dialect: 'postgres',
    create: async () => {
      const name = `sco_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      await withClient(url, (client) => createDatabase(client, name));
      const own = new URL(url);
      own.pathname = `/${name}`;
      return {
        config: { dialect: 'postgres', url: own.toString() },
        drop: async () => {
          await withClient(url, (client) => client.query(`drop database if exists ${name} with (force)`));
        },
      };
    },
  };
}
