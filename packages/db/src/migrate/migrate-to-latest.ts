import { Migrator, type Kysely } from 'kysely';
import { MigrationFailedError } from '../errors/migration-failed-error.js';
import { migrationProvider } from './migrations.js';

/**
 * Brings the schema up to the latest migration. Returns the names of the migrations that ran (none when the
 * schema was already current); throws MigrationFailedError naming the migration that failed.
 */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<readonly string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error');
    throw new MigrationFailedError(failed?.migrationName ?? null, { cause: error });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
