import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The data package's tables, each partitioned by `release_id`: the reserved partition "draft" (the working
 * copy) or a release id (an immutable snapshot). Every primary key starts with release_id, and references
 * stay inside a partition. Self-contained on purpose: a migration imports nothing from the application.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // Code-point order for every comparison and sort (SQLite BINARY = PostgreSQL "C").
  const text = postgres ? sql`text collate "C"` : sql`text`;
  // SQLite has no boolean type: 0/1 integers, held to those two values by a check.
  const boolean = postgres ? sql`boolean` : sql`integer`;

  await db.schema
    .createTable('organisations')
    .addColumn('release_id', text, (col) => col.notNull())
    .addColumn('code', text, (col) => col.notNull())
    .addColumn('name_en', text, (col) => col.notNull())
    .addColumn('name_fr', text, (col) => col.notNull())
    .addColumn('name_zh', text, (col) => col.notNull())
    .addColumn('kind', text, (col) => col.notNull())
    .addColumn('region', text, (col) => col.notNull())
    .addColumn('international_body', boolean, (col) =>
      postgres ? col.notNull() : col.notNull().check(sql`international_body in (0, 1)`),
    )
    .addColumn('version', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('organisations_pk', ['release_id', 'code'])
    .execute();

  await db.schema
    .createTable('institutions')
    .addColumn('release_id', text, (col) => col.notNull())
    .addColumn('id', text, (col) => col.notNull())
    .addColumn('name_en', text, (col) => col.notNull())
    .addColumn('name_original', text)
    .addColumn('acronym', text)
    .addColumn('kind', text, (col) => col.notNull())
    .addColumn('jurisdiction', text, (col) => col.notNull())
    .addColumn('notes', text)
    .addColumn('version', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('institutions_pk', ['release_id', 'id'])
    .execute();

  await db.schema
    .createTable('agreements')
    .addColumn('release_id', text, (col) => col.notNull())
    .addColumn('id', text, (col) => col.notNull())
    .addColumn('title_en', text, (col) => col.notNull())
    .addColumn('title_original', text)
    .addColumn('title_original_lang', text)
    .addColumn('type', text, (col) => col.notNull())
    .addColumn('scope', text, (col) => col.notNull())
    .addColumn('signed_date', text)
    .addColumn('signed_date_basis', text)
    .addColumn('status', text, (col) => col.notNull())
    .addColumn('terms', text)
    .addColumn('sectors', text, (col) => col.notNull())
    .addColumn('tags', text, (col) => col.notNull())
    .addColumn('bri_framing', text, (col) => col.notNull())
    .addColumn('verification', text, (col) => col.notNull())
    .addColumn('notes', text)
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('search_text', text, (col) => col.notNull())
    .addColumn('sort_title', text, (col) => col.notNull())
    .addColumn('signed_year', 'integer')
    .addColumn('partner_codes', text, (col) => col.notNull())
    .addColumn('partner_regions', text, (col) => col.notNull())
    .addColumn('partner_kinds', text, (col) => col.notNull())
    .addColumn('sector_codes', text, (col) => col.notNull())
    .addPrimaryKeyConstraint('agreements_pk', ['release_id', 'id'])
    .execute();
  await db.schema
    .createIndex('agreements_signed_date_idx')
    .on('agreements')
    .columns(['release_id', 'signed_date', 'id'])
    .execute();
  await db.schema
    .createIndex('agreements_sort_title_idx')
    .on('agreements')
    .columns(['release_id', 'sort_title', 'id'])
    .execute();

  await db.schema
    .createTable('parties')
    .addColumn('release_id', text, (col) => col.notNull())
    .addColumn('agreement_id', text, (col) => col.notNull())
    .addColumn('institution_id', text, (col) => col.notNull())
    .addColumn('side', text, (col) => col.notNull())
    .addPrimaryKeyConstraint('parties_pk', ['release_id', 'agreement_id', 'institution_id'])
    .addForeignKeyConstraint('parties_agreement_fk', ['release_id', 'agreement_id'], 'agreements', [
      'release_id',
      'id',
    ])
    .addForeignKeyConstraint('parties_institution_fk', ['release_id', 'institution_id'], 'institutions', [
      'release_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('parties_institution_idx')
    .on('parties')
    .columns(['release_id', 'institution_id'])
    .execute();

  await db.schema
    .createTable('sources')
    .addColumn('release_id', text, (col) => col.notNull())
    .addColumn('id', text, (col) => col.notNull())
    .addColumn('subject_type', text, (col) => col.notNull())
    .addColumn('subject_id', text, (col) => col.notNull())
    .addColumn('url', text, (col) => col.notNull())
    .addColumn('publisher', text, (col) => col.notNull())
    .addColumn('kind', text, (col) => col.notNull())
    .addColumn('accessed', text, (col) => col.notNull())
    .addColumn('quote', text)
    .addPrimaryKeyConstraint('sources_pk', ['release_id', 'id'])
    .execute();
  await db.schema
    .createIndex('sources_subject_idx')
    .on('sources')
    .columns(['release_id', 'subject_type', 'subject_id'])
    .execute();

  await db.schema
    .createTable('provisions')
    .addColumn('release_id', text, (col) => col.notNull())
    .addColumn('agreement_id', text, (col) => col.notNull())
    .addColumn('provision', text, (col) => col.notNull())
    .addColumn('status', text, (col) => col.notNull())
    .addColumn('evidence', text, (col) => col.notNull())
    .addColumn('source_id', text)
    .addPrimaryKeyConstraint('provisions_pk', ['release_id', 'agreement_id', 'provision'])
    .addForeignKeyConstraint('provisions_agreement_fk', ['release_id', 'agreement_id'], 'agreements', [
      'release_id',
      'id',
    ])
    .addForeignKeyConstraint('provisions_source_fk', ['release_id', 'source_id'], 'sources', [
      'release_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('relations')
    .addColumn('release_id', text, (col) => col.notNull())
    .addColumn('agreement_id', text, (col) => col.notNull())
    .addColumn('relation', text, (col) => col.notNull())
    .addColumn('target_id', text, (col) => col.notNull())
    .addColumn('note', text)
    .addPrimaryKeyConstraint('relations_pk', ['release_id', 'agreement_id', 'relation', 'target_id'])
    .addForeignKeyConstraint('relations_agreement_fk', ['release_id', 'agreement_id'], 'agreements', [
      'release_id',
      'id',
    ])
    .addForeignKeyConstraint('relations_target_fk', ['release_id', 'target_id'], 'agreements', [
      'release_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('relations_target_idx')
    .on('relations')
    .columns(['release_id', 'target_id'])
    .execute();

  await db.schema
    .createTable('official_tallies')
    .addColumn('release_id', text, (col) => col.notNull())
    .addColumn('id', text, (col) => col.notNull())
    .addColumn('as_of', text, (col) => col.notNull())
    .addColumn('series', text, (col) => col.notNull())
    .addColumn('documents', 'integer')
    .addColumn('partners', 'integer')
    .addColumn('qualifier', text, (col) => col.notNull())
    .addColumn('claimant', text, (col) => col.notNull())
    .addColumn('claim_text', text, (col) => col.notNull())
    .addColumn('claim_lang', text)
    .addColumn('verification', text, (col) => col.notNull())
    .addColumn('notes', text)
    .addColumn('version', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('official_tallies_pk', ['release_id', 'id'])
    .execute();

  await db.schema
    .createTable('curation_log')
    .addColumn('release_id', text, (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('research_file', text, (col) => col.notNull())
    .addColumn('research_row', 'integer')
    .addColumn('agreement_id', text)
    .addColumn('action', text, (col) => col.notNull())
    .addColumn('date_checked', text, (col) => col.notNull())
    .addColumn('note', text, (col) => col.notNull())
    .addPrimaryKeyConstraint('curation_log_pk', ['release_id', 'position'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'curation_log',
    'official_tallies',
    'relations',
    'provisions',
    'sources',
    'parties',
    'agreements',
    'institutions',
    'organisations',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
