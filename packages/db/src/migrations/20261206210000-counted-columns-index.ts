import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * A covering index of the columns the grouped counts of the indicators read (decision 19): the release and
 * scope they filter on first, then type, framing, verification, signature year, the partner and sector
 * lists and the id, so that a count reads the index instead of the wide agreement rows (titles, notes,
 * search text). On SQLite these are key columns (SQLite has no INCLUDE) and the counts read the index
 * alone. On PostgreSQL the columns after the scope are INCLUDE columns: an index-only scan, once VACUUM has
 * marked the table's pages all-visible; right after an import, before autovacuum has come by, the planner
 * still scans the table. Self-contained on purpose: a migration imports nothing from the application.
 */
const NAME = 'agreements_counted_idx';
const KEYS = ['release_id', 'scope'] as const;
const COVERED = [
  'type',
  'bri_framing',
  'verification',
  'signed_year',
  'partner_codes',
  'partner_regions',
  'sector_codes',
  'id',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const keys = sql.join(KEYS.map((column) => sql.id(column)));
  const covered = sql.join(COVERED.map((column) => sql.id(column)));
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create index ${sql.id(NAME)} on agreements (${keys}) include (${covered})`.execute(db);
  } else {
    await sql`create index ${sql.id(NAME)} on agreements (${keys}, ${covered})`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex(NAME).execute();
}
