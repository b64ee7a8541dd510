import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * `studio_previews`: the studio's HTML previews by token, so that a preview made through one API process
 * is served by every other (PostgreSQL). A preview is rebuilt from its request and release, both
 * immutable, so the row holds those rather than the page. Self-contained: imports nothing from the app.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const text = postgres ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('studio_previews')
    .addColumn('token', text, (col) => col.primaryKey().notNull())
    .addColumn('release_id', text, (col) => col.notNull())
    // The preview's request as JSON (template, language, subject, options).
    .addColumn('request', text, (col) => col.notNull())
    // Epoch milliseconds after which the preview is gone.
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('studio_previews_expires_at_idx')
    .on('studio_previews')
    .column('expires_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('studio_previews').execute();
}
