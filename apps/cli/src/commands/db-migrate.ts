import type { CliIo } from '../io.js';
import { withDatabase } from '../database.js';

/** `sco db migrate`: brings the database schema up to date. */
export async function dbMigrate(io: CliIo): Promise<void> {
  await withDatabase(io, () => Promise.resolve());
  io.stdout('database schema is up to date\n');
}
