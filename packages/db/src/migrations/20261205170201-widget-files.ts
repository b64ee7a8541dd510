import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * `widget_files`: the built files of every widget version an API process has served, so that a partner
 * page pinned to `/widgets/<version>/…` with its SRI hash keeps working after an upgrade, whichever process
 * answers (PostgreSQL; with SQLite the state folder keeps them). Self-contained: imports nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const text = postgres ? sql`text collate "C"` : sql`text`;
  const bytes = postgres ? sql`bytea` : sql`blob`;
  await db.schema
    .createTable('widget_files')
    .addColumn('version', text, (col) => col.notNull())
    // The file's path in the build, e.g. "sco-widgets.js" or "geo/countries-110m.json".
    .addColumn('file', text, (col) => col.notNull())
    .addColumn('body', bytes, (col) => col.notNull())
    .addPrimaryKeyConstraint('widget_files_pk', ['version', 'file'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('widget_files').execute();
}
