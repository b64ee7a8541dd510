import { latestRelease, importDataset, loadDataset, DRAFT } from '@sco/db';
import { loadDataPackage } from '@sco/datapackage';
import { compareReleaseIds } from '@sco/core';
import { cliActor } from '../actor.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';
import { step } from '../progress.js';
import { readValidDataPackage } from '../read-data-package.js';
import { printIndicators } from './indicators.js';

/**
 * `sco start` (`pnpm start`): migrates the database, loads data/ when the database is empty (a restart never
 * overwrites anything) and prints the indicator summary of the latest release.
 */
export async function start(io: CliIo): Promise<void> {
  await withDatabase(io, async ({ db }, config) => {
    let release = await latestRelease(db);
    const draft = await loadDataset(db, DRAFT);
    const empty = release === undefined && draft.tables.agreements.length === 0;
    if (empty) {
      const dataset = await readValidDataPackage(io, config.dataDir);
      const result = await step(io, `loading data/ version ${dataset.version}`, () =>
        importDataset(db, dataset, { actor: cliActor(), now: new Date() }),
      );
      if (!result.ok) throw new CliError(`loading data/ was refused: ${result.message}`);
      release = result.release;
      io.stdout(`loaded data/ into an empty database as release ${release.id}\n`);
    } else if (release) {
      io.stdout(`the database already holds release ${release.id}; left as it is\n`);
      const local = await loadDataPackage(config.dataDir);
      if (local.ok && compareReleaseIds(local.dataset.version, release.id) > 0) {
        io.stdout(`data/ is at version ${local.dataset.version}: run \`pnpm sco db import\` to publish it\n`);
      }
    } else {
      throw new CliError('the database holds unreleased drafts but no release: publish a release first');
    }
    printIndicators(io, await loadDataset(db, release.id), { lang: 'en' }, `release ${release.id}`);
  });
}
