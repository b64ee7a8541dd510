import type { Dataset } from '@sco/core';
import { getRelease, listReleases, loadDataset } from '@sco/db';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';
import { dataDirOf, readValidDataPackage } from '../read-data-package.js';

/** Where `sco data coverage` takes the earlier release it compares with. */
export type BaselineChoice =
  { readonly kind: 'release'; readonly id: string | null } | { readonly kind: 'dir'; readonly dir: string };

/**
 * The dataset of the earlier release: a data package folder, or a release published in the database —
 * the one named, or by default the newest whose id is not the version of the data being checked (so that
 * data/ just imported is compared with the release before it, and data/ being edited with the release
 * readers see now).
 */
export async function readBaseline(io: CliIo, choice: BaselineChoice, version: string): Promise<Dataset> {
  if (choice.kind === 'dir') return readValidDataPackage(io, dataDirOf(io, choice.dir));
  return withDatabase(io, async ({ db }) => {
    const release =
      choice.id === null
        ? (await listReleases(db)).find((candidate) => candidate.id !== version)
        : await getRelease(db, choice.id);
    if (!release) {
      throw new CliError(
        choice.id === null
          ? `the database has no release other than ${version} to compare with; ` +
              'publish one first (`sco db import`), or give a data package with --since DIR'
          : `there is no release ${choice.id} in the database`,
      );
    }
    return loadDataset(db, release.id);
  });
}
