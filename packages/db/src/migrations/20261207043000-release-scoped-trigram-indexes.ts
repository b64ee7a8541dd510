import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * PostgreSQL: the trigram index of each text a listing filters on (search_text and the delimited lists)
 * keyed by the release and the scope as well, through the btree_gin extension (trusted, like pg_trgm):
 * `release_id = ? AND scope = ? AND column LIKE '%needle%'` is then answered by one index scan that holds
 * only the rows of that release and scope, instead of the trigram index of every partition ANDed with the
 * primary key's bitmap of the release. The rows it names are still rechecked in the table (a trigram
 * match is not a substring match), so a count still reads a table page per match; what goes is the
 * bitmap of the whole release and the rechecks of other partitions' and scopes' rows, which grew with
 * the number of releases kept. SQLite keeps its FTS5 table. Self-contained on purpose: a migration
 * imports nothing from the application.
 */
const TEXT_COLUMNS = [
  'search_text',
  'partner_codes',
  'partner_regions',
  'partner_kinds',
  'sector_codes',
] as const;

const postgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!postgres(db)) return;
  await sql`create extension if not exists btree_gin`.execute(db);
  // Built before the old ones are dropped: building takes a lock that lets reads through, dropping one
  // that holds every read of the table until the migration's transaction commits.
  for (const column of TEXT_COLUMNS) {
    await sql`create index ${sql.id(`agreements_${column}_release_trgm_idx`)} on agreements using gin (release_id, scope, ${sql.id(column)} gin_trgm_ops)`.execute(
      db,
    );
  }
  for (const column of TEXT_COLUMNS) await db.schema.dropIndex(`agreements_${column}_trgm_idx`).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!postgres(db)) return;
  for (const column of TEXT_COLUMNS) {
    await sql`create index ${sql.id(`agreements_${column}_trgm_idx`)} on agreements using gin (${sql.id(column)} gin_trgm_ops)`.execute(
      db,
    );
  }
  for (const column of TEXT_COLUMNS) {
    await db.schema.dropIndex(`agreements_${column}_release_trgm_idx`).execute();
  }
}
