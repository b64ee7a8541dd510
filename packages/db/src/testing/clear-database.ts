import { TABLE_NAMES } from '@sco/core';
import type { Kysely } from 'kysely';
import type { DB } from '../schema/database.js';

/** Deletes every row of every table (the schema stays), referencing tables first. */
export async function clearDatabase(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of [...TABLE_NAMES].reverse()) await trx.deleteFrom(table).execute();
    await trx.deleteFrom('changes').execute();
    await trx.deleteFrom('releases').execute();
    await trx.deleteFrom('sessions').execute();
    await trx.deleteFrom('api_keys').execute();
  });
}
