import { Migrator, PostgresAdapter, sql, type Kysely } from 'kysely';
import { importTimeoutOf } from '../bulk-transaction.js';
import { MigrationFailedError } from '../errors/migration-failed-error.js';
import { migrationProvider } from './migrations.js';

/**
 * Brings the schema up to the latest migration. Returns the names of the migrations that ran (none when the
 * schema was already current); throws MigrationFailedError naming the migration that failed.
 *
 * On PostgreSQL the migrations run on one connection under the import bound (SCO_DB_IMPORT_TIMEOUT_MS), not
 * the pool's short statement_timeout: building an index over a large table legitimately takes longer, and so
 * may the look at the catalogue that tells which migrations are pending, on a busy server. The connection gets
 * the pool's bound back before it returns to the pool, whether or not a migration ran.
 */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<readonly string[]> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return await migrate(db);
  const bound = Math.trunc(importTimeoutOf(db));
  return await db.connection().execute(async (connection) => {
    await sql`set statement_timeout = ${sql.lit(bound)}`.execute(connection);
    // Back to the value the connection was opened with (the pool's statement_timeout).
    const reset = () => sql`reset statement_timeout`.execute(connection);
    let ran: readonly string[];
    try {
      ran = await migrate(connection);
    } catch (error) {
      // The migration's error is the one to report; a broken connection is dropped by the pool anyway.
      await reset().catch(() => undefined);
      throw error;
    }
    await reset();
    return ran;
  });
}

async function migrate<T>(db: Kysely<T>): Promise<readonly string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error');
    throw new MigrationFailedError(failed?.migrationName ?? null, { cause: error });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
