import { createApiKey, InvalidApiKeyNameError, UnknownApiKeyRoleError } from '@sco/db';
import { cliActor } from '../actor.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';

export interface KeysCreateOptions {
  readonly role: string;
  readonly name: string;
}

/**
 * `sco keys create --role R --name NAME`: creates an API key and prints it — on stdout alone, so that it can
 * be captured — this one time; only a hash of it is stored.
 */
export async function keysCreate(io: CliIo, options: KeysCreateOptions): Promise<void> {
  await withDatabase(io, async ({ db }) => {
    const created = await createApiKey(db, {
      name: options.name,
      role: options.role,
      actor: cliActor(),
      now: new Date(),
    }).catch((error: unknown) => {
      if (error instanceof UnknownApiKeyRoleError || error instanceof InvalidApiKeyNameError)
        throw new CliError(error.message);
      throw error;
    });
    const { key } = created;
    io.stderr(`created ${key.role} key ${key.id} for "${key.name}":\n`);
    io.stdout(`${created.token}\n`);
    io.stderr(
      '⚠ Copy the key now: it cannot be shown again (only a hash of it is stored). ' +
        'Send it as "Authorization: Bearer <key>"; `sco keys revoke ' +
        `${key.id}\` disables it.\n`,
    );
  });
}
