import { compareReleaseIds, diffAggregates, RELEASE_ID_PATTERN, toAggregates, type Dataset } from '@sco/core';
import { loadDataset } from '../dataset/load-dataset.js';
import { loadVersions, versionsAfter } from '../dataset/record-versions.js';
import { writePartition } from '../dataset/write-partition.js';
import { InvalidReleaseIdError } from '../errors/invalid-release-id-error.js';
import { lockDraft } from '../partition/lock-draft.js';
import { DRAFT } from '../partition/partition.js';
import { latestRelease } from '../releases/latest-release.js';
import { unreleasedEdits } from '../releases/unreleased-edits.js';
import { inBulkTransaction } from '../bulk-transaction.js';
import type { Executor } from '../transaction.js';
import type { ImportOptions, ImportResult } from './import-options.js';
import { releaseImport } from './release-import.js';
import { vacuumFilledTables } from './vacuum-filled-tables.js';
import { importRefusalMessage, type ImportRefusal } from './import-refusal.js';

export type { ImportOptions, ImportResult } from './import-options.js';

function refuse(refusal: ImportRefusal): ImportResult {
  return { ok: false, refusal, message: importRefusalMessage(refusal) };
}

/**
 * Loads a validated data package into the database and releases it as its version, in one transaction
 * under the import bound (see inBulkTransaction); nothing is written when it is refused or fails.
 *
 * - No release yet: the dataset becomes the draft, every record is recorded as created, and the release is cut.
 * - Same version as the latest release: nothing to do when the content is identical; refused when it differs.
 * - Older version: refused.
 * - Newer version: refused when the draft holds edits no release contains (each changed record and field is
 *   named); otherwise the differences are applied to the draft, recorded, and the release is cut (even when
 *   no table changed, so that releases follow the data package's versions).
 *
 * On PostgreSQL it ends with ANALYZE of the tables it filled (see analyzeFilledTables) and, once committed,
 * VACUUM of them when it ran in a transaction of its own (see vacuumFilledTables).
 */
export async function importDataset(
  db: Executor,
  dataset: Dataset,
  options: ImportOptions,
): Promise<ImportResult> {
  const { version } = dataset;
  if (!RELEASE_ID_PATTERN.test(version)) throw new InvalidReleaseIdError(version);
  const result = await inBulkTransaction(db, async (trx): Promise<ImportResult> => {
    await lockDraft(trx);
    const latest = await latestRelease(trx);
    if (latest) {
      const order = compareReleaseIds(version, latest.id);
      if (order < 0) return refuse({ reason: 'older-than-latest', version, latest: latest.id });
      if (order === 0) {
        const released = await loadDataset(trx, latest.id);
        const differences = diffAggregates(toAggregates(released), toAggregates(dataset));
        if (differences.length > 0) {
          return refuse({ reason: 'released-with-different-content', version, differences });
        }
        return { ok: true, outcome: 'unchanged', release: latest, changes: [] };
      }
    }
    const edits = await unreleasedEdits(trx, latest);
    if (edits.length > 0) {
      return refuse({ reason: 'unreleased-edits', version, latest: latest?.id ?? null, edits });
    }

    const draft = await loadDataset(trx, DRAFT);
    const changes = diffAggregates(toAggregates(draft), toAggregates(dataset));
    const versions = versionsAfter(await loadVersions(trx, DRAFT), changes);
    await writePartition(trx, DRAFT, dataset, versions);
    const release = await releaseImport(trx, version, changes, options);
    return { ok: true, outcome: latest ? 'updated' : 'created', release, changes };
  });
  if (result.ok && result.outcome !== 'unchanged') await vacuumFilledTables(db);
  return result;
}
