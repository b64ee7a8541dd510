import type { Kysely } from 'kysely';

/**
 * Agreements: `signed_no_later_than`, a day (YYYY-MM-DD) on or before which the document was signed, usually
 * the publication date of the earliest source reporting it. Nullable, so the releases already stored keep
 * their rows unchanged (read as bounded by nothing). Self-contained on purpose: a migration imports nothing
 * from the application.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('agreements').addColumn('signed_no_later_than', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('agreements').dropColumn('signed_no_later_than').execute();
}
