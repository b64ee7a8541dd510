import type { ChangeDraft, Release } from '@sco/core';
import type { Transaction } from 'kysely';
import { recordChanges } from '../changes/record-changes.js';
import { publishRelease } from '../releases/publish-release.js';
import type { DB } from '../schema/database.js';
import { analyzeFilledTables } from './analyze-filled-tables.js';
import type { ImportOptions } from './import-options.js';

/**
 * The end of an import, whole or in slices, once the draft holds the data package: records `changes` (the
 * ones not recorded yet), cuts the release of the version and, on PostgreSQL, analyzes the filled tables as
 * the last statement of the transaction.
 */
export async function releaseImport(
  trx: Transaction<DB>,
  version: string,
  changes: readonly ChangeDraft[],
  options: ImportOptions,
): Promise<Release> {
  await recordChanges(trx, changes, options);
  const { release } = await publishRelease(trx, {
    id: version,
    notes: options.notes ?? `Imported data package version ${version}`,
    actor: options.actor,
    now: options.now,
  });
  await analyzeFilledTables(trx);
  return release;
}
