import {
  diffAggregates,
  emptyTables,
  RELEASE_ID_PATTERN,
  TABLE_NAMES,
  toAggregates,
  type Dataset,
  type Release,
} from '@sco/core';
import { sql } from 'kysely';
import { inBulkTransaction } from '../bulk-transaction.js';
import { insertRows } from '../dataset/insert-rows.js';
import { indexContextOf, partitionRows } from '../dataset/partition-rows.js';
import { FIRST_VERSIONS } from '../dataset/record-versions.js';
import { recordChanges } from '../changes/record-changes.js';
import { InvalidReleaseIdError } from '../errors/invalid-release-id-error.js';
import { InvalidSliceError } from '../errors/invalid-slice-error.js';
import { lockDraft } from '../partition/lock-draft.js';
import { DRAFT } from '../partition/partition.js';
import { latestRelease } from '../releases/latest-release.js';
import type { Executor } from '../transaction.js';
import type { ImportOptions } from './import-options.js';
import { importRefusalMessage, type ImportRefusal } from './import-refusal.js';
import { releaseImport } from './release-import.js';
import { vacuumFilledTables } from './vacuum-filled-tables.js';

export type SliceImportResult =
  | {
      readonly ok: true;
      readonly outcome: 'created';
      readonly release: Release;
      /** How many changes were recorded (one per record created). */
      readonly changes: number;
    }
  | { readonly ok: false; readonly refusal: ImportRefusal; readonly message: string };

/** The tables that only the first slice may fill (the agreements' reference records). */
const REFERENCE_TABLES = [
  'organisations',
  'institutions',
  'official_tallies',
  'curation_log',
  'hard_connectivity',
] as const;

function checkSlice(slice: Dataset, index: number, version: string): void {
  if (slice.version !== version) {
    throw new InvalidSliceError(index, `version ${slice.version}, expected ${version} as the first slice`);
  }
  if (index === 0) return;
  for (const table of REFERENCE_TABLES) {
    if (slice.tables[table].length > 0) {
      throw new InvalidSliceError(index, `${table} rows belong in the first slice`);
    }
  }
  if (slice.tables.sources.some((source) => source.subject_type !== 'agreement')) {
    throw new InvalidSliceError(index, 'sources of tallies belong in the first slice');
  }
}

async function draftIsEmpty(db: Executor): Promise<boolean> {
  for (const table of TABLE_NAMES) {
    const row = await db
      .selectFrom(table)
      .select(sql<number>`1`.as('one'))
      .where('release_id', '=', DRAFT)
      .limit(1)
      .executeTakeFirst();
    if (row) return false;
  }
  return true;
}

/**
 * Loads a data package given in slices into an empty database and releases it as its version, in ONE
 * transaction under the import bound (see inBulkTransaction): a refusal, an invalid slice or a failure
 * leaves nothing written. The first slice holds the reference tables (organisations, institutions, tallies
 * and their sources, the curation log, hard connectivity) and may hold agreements; each later slice holds
 * agreements only, each with all its parties, sources, provisions and relations. Each slice's rows and
 * changes (every record created, as `importDataset` records them) are written before the next slice is
 * read, so memory holds one slice, not the data package: what a synthetic dataset of 1,000,000 agreements
 * needs. The reference records' changes are recorded after the agreements', so that the changelog has the
 * order of an import whole when the slices' agreement ids ascend.
 *
 * Refused ('not-empty') when a release exists or the draft holds records: an update is a diff against the
 * draft, which `importDataset` makes with the whole data package. Ends like `importDataset`: ANALYZE in the
 * transaction, VACUUM after it on PostgreSQL.
 */
export async function importDatasetSlices(
  db: Executor,
  slices: Iterable<Dataset> | AsyncIterable<Dataset>,
  options: ImportOptions,
): Promise<SliceImportResult> {
  const result = await inBulkTransaction(db, async (trx): Promise<SliceImportResult> => {
    await lockDraft(trx);
    let index = 0;
    let version = '';
    let reference: Dataset | undefined;
    let context = indexContextOf(emptyTables());
    let changes = 0;
    for await (const slice of slices) {
      if (index === 0) {
        version = slice.version;
        if (!RELEASE_ID_PATTERN.test(version)) throw new InvalidReleaseIdError(version);
        const latest = await latestRelease(trx);
        if (latest || !(await draftIsEmpty(trx))) {
          const refusal: ImportRefusal = { reason: 'not-empty', version, latest: latest?.id ?? null };
          return { ok: false, refusal, message: importRefusalMessage(refusal) };
        }
        context = indexContextOf(slice.tables);
        const tables = emptyTables();
        for (const table of REFERENCE_TABLES) (tables[table] as unknown[]).push(...slice.tables[table]);
        tables.sources.push(...slice.tables.sources.filter((source) => source.subject_type === 'tally'));
        reference = { version, tables };
      }
      checkSlice(slice, index, version);
      const rows = partitionRows(DRAFT, slice, FIRST_VERSIONS, context);
      for (const table of TABLE_NAMES) await insertRows(trx, table, rows[table]);
      const created = diffAggregates(toAggregates({ version, tables: emptyTables() }), {
        ...toAggregates({ version, tables: emptyTables() }),
        agreement: toAggregates(slice).agreement,
      });
      await recordChanges(trx, created, options);
      changes += created.length;
      index += 1;
    }
    if (reference === undefined) throw new InvalidSliceError(0, 'no slice: the data package is empty');
    const empty = toAggregates({ version, tables: emptyTables() });
    const referenceChanges = diffAggregates(empty, {
      ...toAggregates(reference),
      agreement: empty.agreement,
    });
    const release = await releaseImport(trx, version, referenceChanges, options);
    return { ok: true, outcome: 'created', release, changes: changes + referenceChanges.length };
  });
  if (result.ok) await vacuumFilledTables(db);
  return result;
}
