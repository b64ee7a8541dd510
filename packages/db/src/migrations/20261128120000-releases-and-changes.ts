import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Releases and the changelog. Self-contained on purpose: a migration imports nothing from the application,
 * so that it keeps building the same schema whatever the application becomes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // Code-point order for every comparison and sort: SQLite's default BINARY collation compares UTF-8 bytes,
  // which PostgreSQL does with the "C" collation.
  const text = postgres ? sql`text collate "C"` : sql`text`;
  // SQLite lets a primary key column hold NULL unless it is declared NOT NULL.

  await db.schema
    .createTable('releases')
    .addColumn('id', text, (col) => col.primaryKey().notNull())
    .addColumn('seq', 'integer', (col) => col.notNull().unique())
    .addColumn('published_at', text, (col) => col.notNull())
    .addColumn('published_by', text, (col) => col.notNull())
    .addColumn('notes', text, (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('changes')
    .addColumn('id', 'integer', (col) =>
      postgres ? col.primaryKey().generatedAlwaysAsIdentity() : col.primaryKey().autoIncrement().notNull(),
    )
    .addColumn('record_type', text, (col) => col.notNull())
    .addColumn('record_id', text, (col) => col.notNull())
    .addColumn('field', text)
    .addColumn('old_value', text)
    .addColumn('new_value', text)
    .addColumn('actor', text, (col) => col.notNull())
    .addColumn('at', text, (col) => col.notNull())
    .addColumn('release_id', text, (col) => col.references('releases.id'))
    .execute();

  await db.schema
    .createIndex('changes_record_idx')
    .on('changes')
    .columns(['record_type', 'record_id', 'id'])
    .execute();
  await db.schema.createIndex('changes_release_idx').on('changes').columns(['release_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('changes').execute();
  await db.schema.dropTable('releases').execute();
}
