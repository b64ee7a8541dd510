import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Browser sessions of the brief studio: an API key exchanged for a random session id, of which only the
 * SHA-256 is stored. A session dies with its key (deleted with it, and refused once the key is revoked).
 * Self-contained on purpose: a migration imports nothing from the application.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // Code-point order for every comparison and sort (SQLite BINARY = PostgreSQL "C").
  const text = postgres ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable('sessions')
    .addColumn('id', text, (col) => col.primaryKey().notNull())
    .addColumn('key_id', text, (col) => col.notNull().references('api_keys.id').onDelete('cascade'))
    .addColumn('created_at', text, (col) => col.notNull())
    .addColumn('expires_at', text, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_expires_at_idx').on('sessions').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sessions').execute();
}
