import { describeChanges, importDataset } from '@sco/db';
import { cliActor } from '../actor.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';
import { step } from '../progress.js';
import { dataDirOf, readValidDataPackage } from '../read-data-package.js';

export interface DbImportOptions {
  readonly dir?: string;
}

/**
 * `sco db import`: validates data/ and loads it in one transaction as the release named by its version.
 * Refuses (and writes nothing) when that would overwrite edits made in the database since the last release.
 */
export async function dbImport(io: CliIo, options: DbImportOptions): Promise<void> {
  const dir = dataDirOf(io, options.dir);
  const dataset = await readValidDataPackage(io, dir);
  await withDatabase(io, async ({ db }) => {
    const result = await step(io, `importing version ${dataset.version}`, () =>
      importDataset(db, dataset, { actor: cliActor(), now: new Date() }),
    );
    if (!result.ok) throw new CliError(`import refused: ${result.message}`);
    if (result.outcome === 'unchanged') {
      io.stdout(`release ${result.release.id} already holds exactly this data; nothing changed\n`);
      return;
    }
    const records = describeChanges(result.changes);
    io.stdout(
      `${result.outcome === 'created' ? 'created' : 'published'} release ${result.release.id}: ` +
        `${records.length} record${records.length === 1 ? '' : 's'} changed\n`,
    );
    if (result.outcome === 'updated') for (const line of records) io.stdout(`  ${line}\n`);
  });
}
