import type { Kysely } from 'kysely';

/**
 * Official tallies: `partners_named`, the partners a claim names ("including Pakistan, Russia…"), as a JSON
 * list of jurisdiction codes. Nullable, so the releases already stored keep their rows unchanged (read as
 * naming none). Self-contained on purpose: a migration imports nothing from the application.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('official_tallies').addColumn('partners_named', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('official_tallies').dropColumn('partners_named').execute();
}
