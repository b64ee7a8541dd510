import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Chinese investment and construction per partner country and year, partitioned by `release_id` like the
 * other data package tables (draft → release). Amounts are whole USD millions, as the sources report them.
 * Self-contained on purpose: a migration imports nothing from the application.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const text = postgres ? sql`text collate "C"` : sql`text`;
  // bigint on PostgreSQL: sums of millions stay exact; SQLite integers are 64-bit already.
  const amount = postgres ? sql`bigint` : sql`integer`;
  await db.schema
    .createTable('hard_connectivity')
    .addColumn('release_id', text, (col) => col.notNull())
    .addColumn('partner', text, (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('investment_usd_m', amount, (col) => col.notNull())
    .addColumn('construction_usd_m', amount, (col) => col.notNull())
    .addColumn('unspecified_usd_m', amount, (col) => col.notNull())
    .addColumn('deals', 'integer', (col) => col.notNull())
    .addColumn('bri_usd_m', amount)
    .addColumn('energy_usd_m', amount, (col) => col.notNull())
    .addColumn('transport_usd_m', amount, (col) => col.notNull())
    .addColumn('other_usd_m', amount, (col) => col.notNull())
    .addColumn('source_name', text, (col) => col.notNull())
    .addColumn('source_edition', text, (col) => col.notNull())
    .addColumn('source_citation', text, (col) => col.notNull())
    .addColumn('source_url', text)
    .addColumn('version', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('hard_connectivity_pk', ['release_id', 'partner', 'year'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('hard_connectivity').execute();
}
