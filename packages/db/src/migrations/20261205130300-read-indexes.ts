import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Indexes for the reads that filter agreements. The texts a filter looks into (search_text and the
 * delimited lists partner_codes, partner_regions, partner_kinds, sector_codes) are served by trigrams:
 * on PostgreSQL a pg_trgm GIN index per column (LIKE '%needle%' uses it); on SQLite an FTS5 table with the
 * trigram tokenizer (case-sensitive: the texts are normalised already) kept up to date by triggers, whose
 * rowid is the agreement row's. A substring query and a trigram phrase query find the same rows. No index
 * on signed_year: SQLite would then range-scan it and sort every match instead of walking
 * agreements_signed_date_idx in order and stopping after a page. Self-contained on purpose: a migration imports nothing from the application.
 */
const TEXT_COLUMNS = [
  'search_text',
  'partner_codes',
  'partner_regions',
  'partner_kinds',
  'sector_codes',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) {
    await sql`create extension if not exists pg_trgm`.execute(db);
    for (const column of TEXT_COLUMNS) {
      await sql`create index ${sql.id(`agreements_${column}_trgm_idx`)} on agreements using gin (${sql.id(column)} gin_trgm_ops)`.execute(
        db,
      );
    }
    return;
  }
  const columns = sql.join(TEXT_COLUMNS.map((column) => sql.id(column)));
  const values = (row: 'new' | 'old') =>
    sql.join(TEXT_COLUMNS.map((column) => sql`${sql.raw(row)}.${sql.id(column)}`));
  await sql`create virtual table agreements_search using fts5(${columns}, content='agreements', content_rowid='rowid', tokenize='trigram case_sensitive 1')`.execute(
    db,
  );
  await sql`create trigger agreements_search_insert after insert on agreements begin
    insert into agreements_search(rowid, ${columns}) values (new.rowid, ${values('new')});
  end`.execute(db);
  await sql`create trigger agreements_search_delete after delete on agreements begin
    insert into agreements_search(agreements_search, rowid, ${columns}) values ('delete', old.rowid, ${values('old')});
  end`.execute(db);
  await sql`create trigger agreements_search_update after update on agreements begin
    insert into agreements_search(agreements_search, rowid, ${columns}) values ('delete', old.rowid, ${values('old')});
    insert into agreements_search(rowid, ${columns}) values (new.rowid, ${values('new')});
  end`.execute(db);
  await sql`insert into agreements_search(agreements_search) values ('rebuild')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) {
    for (const column of TEXT_COLUMNS) {
      await db.schema.dropIndex(`agreements_${column}_trgm_idx`).execute();
    }
  } else {
    for (const trigger of ['insert', 'delete', 'update']) {
      await sql`drop trigger ${sql.id(`agreements_search_${trigger}`)}`.execute(db);
    }
    await sql`drop table agreements_search`.execute(db);
  }
}
