import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * SQLite: a covering index for listings sorted by signature date, newest first (`sort=-signed_date`, the
 * order of the API's example listing): the release, the date descending and the id — exactly the listing's
 * order `signed_date DESC NULLS LAST, id ASC`, which SQLite's ascending agreements_signed_date_idx read
 * backwards gives only up to the id (it sorted each date's ties in a temporary B-tree) — then the columns
 * the listing's equality and year filters read (scope, signature year, type, framing, verification), so that
 * a page of ids is read from the index alone instead of one wide agreement row (titles, notes, search text)
 * per candidate. Text filters select by rowid, which every SQLite index holds. For the page of
 * `from=2010&sort=-signed_date` on data/: 86 µs per query before, 53 µs with this index, in a loop; about
 * a third less of the API's time in that query under load. PostgreSQL has its descending index already
 * (20261206020000) and gets none here. Self-contained on purpose: a migration imports nothing from the
 * application.
 */
const NAME = 'agreements_listing_signed_date_desc_idx';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`create index ${sql.id(NAME)} on agreements (release_id, signed_date desc, id, scope, signed_year, type, bri_framing, verification)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await db.schema.dropIndex(NAME).execute();
}
