import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * `release_memos`: what was computed once over a published release and is read by key from then on, by
 * every process (an indicator's count rows and its result): a release never changes. `generation` names the
 * code that computed it (the API's build id), so that a new build computes afresh and never reads values
 * shaped by another. Deleting a release deletes its memos. Self-contained: imports nothing from the
 * application.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const text = postgres ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('release_memos')
    .addColumn('release_id', text, (col) => col.notNull().references('releases.id').onDelete('cascade'))
    .addColumn('generation', text, (col) => col.notNull())
    // What was computed, from what, as canonical JSON.
    .addColumn('key', text, (col) => col.notNull())
    // The value as JSON.
    .addColumn('value', text, (col) => col.notNull())
    // ISO 8601 instant (UTC).
    .addColumn('created_at', text, (col) => col.notNull())
    .addPrimaryKeyConstraint('release_memos_pkey', ['release_id', 'generation', 'key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('release_memos').execute();
}
