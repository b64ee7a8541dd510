import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * API keys, stored hashed. The role is plain text (checked by the application, so that adding a role needs no
 * migration). Self-contained on purpose: a migration imports nothing from the application.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // Code-point order for every comparison and sort (SQLite BINARY = PostgreSQL "C").
  const text = postgres ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable('api_keys')
    .addColumn('id', text, (col) => col.primaryKey().notNull())
    .addColumn('name', text, (col) => col.notNull())
    .addColumn('role', text, (col) => col.notNull())
    .addColumn('prefix', text, (col) => col.notNull())
    .addColumn('hash', text, (col) => col.notNull())
    .addColumn('created_at', text, (col) => col.notNull())
    .addColumn('created_by', text, (col) => col.notNull())
    .addColumn('last_used_at', text)
    .addColumn('revoked_at', text)
    .execute();
  await db.schema.createIndex('api_keys_prefix_idx').on('api_keys').column('prefix').unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('api_keys').execute();
}
