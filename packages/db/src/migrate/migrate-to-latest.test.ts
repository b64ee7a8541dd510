import { Migrator, NO_MIGRATIONS, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../create-db.js';
import { MigrationFailedError } from '../errors/migration-failed-error.js';
import { PARTITIONED_TABLES } from '../schema/partitioned-tables.js';
import type { DB } from '../schema/database.js';
import { databases } from '../test-support/databases.js';
import type { TestDatabaseInstance } from '../testing/test-database.js';
import { migrateToLatest } from './migrate-to-latest.js';
import { MIGRATIONS, migrationProvider } from './migrations.js';

/** SQLite's FTS5 search index over agreements (and its shadow tables): an index, not a table of the schema. */
const SEARCH_INDEX = /^agreements_search(_|$)/u;

/** Tables and their columns (name and nullability), as the database reports them. */
async function introspect(db: Kysely<DB>): Promise<Record<string, string[]>> {
  const tables = await db.introspection.getTables();
  return Object.fromEntries(
    tables
      .filter((table) => !SEARCH_INDEX.test(table.name))
      .map((table) => [
        table.name,
        table.columns.map((column) => `${column.name}${column.isNullable ? '?' : ''}`).sort(),
      ])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  ) as Record<string, string[]>;
}

const NULLABLE = new Set([
  'rate_limits.expire',
  'brief_jobs.finished_at',
  'institutions.name_original',
  'institutions.acronym',
  'institutions.notes',
  'agreements.title_original',
  'agreements.title_original_lang',
  'agreements.signed_date',
  'agreements.signed_date_basis',
  'agreements.signed_no_later_than',
  'agreements.terms',
  'agreements.notes',
  'agreements.signed_year',
  'sources.quote',
  'sources.quote_basis',
  'sources.reposts',
  'sources.curator_note',
  'provisions.source_id',
  'relations.note',
  'official_tallies.documents',
  'official_tallies.partners',
  'official_tallies.claim_lang',
  'official_tallies.notes',
  'official_tallies.partners_named',
  'curation_log.research_row',
  'curation_log.agreement_id',
  'hard_connectivity.bri_usd_m',
  'hard_connectivity.source_url',
  'changes.field',
  'changes.old_value',
  'changes.new_value',
  'changes.release_id',
  'api_keys.last_used_at',
  'api_keys.revoked_at',
]);

function expectedSchema(): Record<string, string[]> {
  const tables: Record<string, readonly string[]> = {
    ...PARTITIONED_TABLES,
    releases: ['id', 'seq', 'published_at', 'published_by', 'notes'],
    changes: [
      'id',
      'record_type',
      'record_id',
      'field',
      'old_value',
      'new_value',
      'actor',
      'at',
      'release_id',
    ],
    api_keys: [
      'id',
      'name',
      'role',
      'prefix',
      'hash',
      'created_at',
      'created_by',
      'last_used_at',
      'revoked_at',
    ],
    sessions: ['id', 'key_id', 'created_at', 'expires_at'],
    rate_limits: ['key', 'points', 'expire'],
    brief_jobs: ['id', 'key', 'status', 'record', 'created_at', 'finished_at'],
    brief_requesters: ['job_id', 'key_id', 'asked_at'],
    brief_pdfs: ['job_id', 'pdf'],
    studio_previews: ['token', 'release_id', 'request', 'expires_at'],
    widget_files: ['version', 'file', 'body'],
    release_memos: ['release_id', 'generation', 'key', 'value', 'created_at'],
  };
  return Object.fromEntries(
    Object.entries(tables).map(([table, columns]) => [
      table,
      columns.map((column) => `${column}${NULLABLE.has(`${table}.${column}`) ? '?' : ''}`).sort(),
    ]),
  );
}

describe.each(databases)('migrations on $dialect', (database) => {
  let instance: TestDatabaseInstance;
  let handle: Db;
  beforeAll(async () => {
    instance = await database.create();
    handle = createDb(instance.config);
  });
  afterAll(async () => {
    await handle.close();
    await instance.drop();
  });

  it('runs every migration once, in order, and builds the schema the table types describe', async () => {
    expect(await migrateToLatest(handle.db)).toEqual(Object.keys(MIGRATIONS));
    expect(await migrateToLatest(handle.db)).toEqual([]);
    expect(await introspect(handle.db)).toEqual(expectedSchema());
  });

  it('migrates all the way down and up again', async () => {
    const migrator = new Migrator({ db: handle.db, provider: migrationProvider });
    const down = await migrator.migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    expect(await handle.db.introspection.getTables()).toEqual([]);
    expect(await migrateToLatest(handle.db)).toEqual(Object.keys(MIGRATIONS));
  });

  it('names the migration that failed', async () => {
    const migrator = new Migrator({ db: handle.db, provider: migrationProvider });
    await migrator.migrateTo(NO_MIGRATIONS);
    // A table in the way of the second migration makes it fail after the first succeeded.
    await handle.db.schema.createTable('curation_log').addColumn('x', 'integer').execute();
    const error: unknown = await migrateToLatest(handle.db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationFailedError);
    expect((error as MigrationFailedError).migration).toBe('20261128120100-data-tables');
    expect((error as MigrationFailedError).message).toMatch(
      /^migration "20261128120100-data-tables" failed: /,
    );
  });
});

describe('migrations on every engine', () => {
  it('build the same tables and columns', async () => {
    const schemas: Record<string, string[]>[] = [];
    for (const database of databases) {
      const instance = await database.create();
      const handle = createDb(instance.config);
      try {
        await migrateToLatest(handle.db);
        schemas.push(await introspect(handle.db));
      } finally {
        await handle.close();
        await instance.drop();
      }
    }
    for (const schema of schemas) expect(schema).toEqual(expectedSchema());
  });
});
