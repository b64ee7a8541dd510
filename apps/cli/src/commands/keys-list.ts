import { listApiKeys } from '@sco/db';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';
import { formatKeysTable } from './keys-table.js';

export interface KeysListOptions {
  readonly json?: boolean;
}

/** `sco keys list`: every API key, revoked ones included (never the keys themselves). */
export async function keysList(io: CliIo, options: KeysListOptions): Promise<void> {
  await withDatabase(io, async ({ db }) => {
    const keys = await listApiKeys(db);
    if (options.json) {
      io.stdout(`${JSON.stringify(keys, null, 2)}\n`);
      return;
    }
    if (keys.length === 0) {
      io.stdout('no API keys yet: create one with `sco keys create --role editor --name NAME`\n');
      return;
    }
    io.stdout(`${formatKeysTable(keys)}\n`);
  });
}
