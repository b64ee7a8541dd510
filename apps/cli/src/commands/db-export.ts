import path from 'node:path';
import { DRAFT, getRelease, latestRelease, listChanges, loadDataset } from '@sco/db';
import { writeDataPackage } from '@sco/datapackage';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';
import { step } from '../progress.js';

export interface DbExportOptions {
  readonly dir: string;
  readonly release?: string;
}

/**
 * `sco db export --dir DIR`: writes a release (the latest by default) as a data package, so that the
 * research team can review it in git. Other files in DIR (README.md…) are left alone.
 */
export async function dbExport(io: CliIo, options: DbExportOptions): Promise<void> {
  const dir = path.resolve(io.cwd, options.dir);
  await withDatabase(io, async ({ db }) => {
    const release = options.release ? await getRelease(db, options.release) : await latestRelease(db);
    if (!release) {
      throw new CliError(
        options.release
          ? `there is no release ${options.release}; \`sco db export\` writes published releases only`
          : 'the database has no release yet: import data/ first (`pnpm sco db import`)',
      );
    }
    const dataset = await loadDataset(db, release.id);
    const files = await step(io, `writing release ${release.id} to ${dir}`, () =>
      writeDataPackage(dir, dataset),
    );
    io.stdout(`exported release ${release.id}: ${files.join(', ')}\n`);
    const pending = await listChanges(db, { release_id: null, limit: 1 });
    if (pending.changes.length > 0) {
      io.stdout(`note: the ${DRAFT} holds changes that are not in any release yet; they were not exported\n`);
    }
  });
}
