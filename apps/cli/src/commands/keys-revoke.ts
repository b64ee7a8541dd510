import { ApiKeyNotFoundError, ApiKeyRevokedError, revokeApiKey } from '@sco/db';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';

/** `sco keys revoke ID`: disables a key for good. */
export async function keysRevoke(io: CliIo, id: string): Promise<void> {
  await withDatabase(io, async ({ db }) => {
    const key = await revokeApiKey(db, id, new Date()).catch((error: unknown) => {
      if (error instanceof ApiKeyNotFoundError)
        throw new CliError(`there is no API key ${id}; \`sco keys list\` shows them`);
      if (error instanceof ApiKeyRevokedError) throw new CliError(error.message);
      throw error;
    });
    io.stdout(`revoked ${key.role} key ${key.id} of "${key.name}": it no longer authenticates\n`);
  });
}
