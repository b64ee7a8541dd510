import type { Kysely } from 'kysely';

/**
 * Sources: the public publisher label is kept apart from the curators' judgement of the page. Adds
 * `quote_basis` (verbatim or paraphrase), `reposts` (what a repost reposts) and `curator_note` (never printed
 * in outputs). All nullable, so the releases already stored keep their rows unchanged.
 * Self-contained on purpose: a migration imports nothing from the application.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['quote_basis', 'reposts', 'curator_note'])
    await db.schema.alterTable('sources').addColumn(column, 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['curator_note', 'reposts', 'quote_basis'])
    await db.schema.alterTable('sources').dropColumn(column).execute();
}
