import {
  assembleAgreements,
  assembleTallies,
  type Agreement,
  type CoverageInput,
  type Dataset,
  type TallyAggregate,
} from '@sco/core';
import {
  getRelease,
  latestRelease,
  loadCoverageInputs,
  loadDataset,
  previousRelease,
  type Executor,
} from '@sco/db';
import { keepCountedFigures } from './counted-figures.js';
import { ReleaseNotFoundError } from './release-not-found-error.js';

/** The release a brief names, as every API body names it. */
export interface ReleaseRef {
  readonly id: string;
  readonly published_at: string | null;
}

/**
 * A release published before the brief's, with what the brief reports change against: its agreements'
 * coverage of the official tallies (core's `CoverageInput`; assembled agreements are such inputs too).
 */
export interface EarlierRelease {
  readonly release: ReleaseRef;
  readonly agreements: readonly CoverageInput[];
}

/**
 * Everything a brief is built from: one release, its dataset, and its agreements and tallies assembled;
 * and the release published just before it, if any (null for the first release, or when not given).
 */
export interface BriefData {
  readonly release: ReleaseRef;
  readonly dataset: Dataset;
  readonly agreements: readonly Agreement[];
  readonly tallies: readonly TallyAggregate[];
  readonly earlier: EarlierRelease | null;
}

/**
 * Brief data from a dataset already loaded (e.g. from the API's dataset cache): the agreements and tallies
 * are assembled here unless given.
 */
export function briefData(input: {
  readonly release: ReleaseRef;
  readonly dataset: Dataset;
  readonly agreements?: readonly Agreement[];
  readonly tallies?: readonly TallyAggregate[];
  readonly earlier?: EarlierRelease | null;
}): BriefData {
  return {
    release: { id: input.release.id, published_at: input.release.published_at },
    dataset: input.dataset,
    agreements: input.agreements ?? assembleAgreements(input.dataset),
    tallies: input.tallies ?? assembleTallies(input.dataset),
    earlier: input.earlier ?? null,
  };
}

/** How a brief's data is read. */
export interface LoadOptions {
  /**
   * The build id of the API whose kept indicator results (release memos) the brief may take instead of
   * computing them (`keepCountedFigures`); none: only the tallies' coverage is counted.
   */
  readonly generation?: string | null;
}

/**
 * Reads a release (default: the latest) from the database for a brief, with the figures the database gives
 * cheaply already kept (`keepCountedFigures`). Throws ReleaseNotFoundError when the release does not exist
 * or no release has been published.
 */
export async function loadBriefData(
  db: Executor,
  release?: string,
  options: LoadOptions = {},
): Promise<BriefData> {
  const found = release === undefined ? await latestRelease(db) : await getRelease(db, release);
  if (!found) throw new ReleaseNotFoundError(release ?? null);
  const before = await previousRelease(db, found.id);
  const earlier = before
    ? {
        release: { id: before.id, published_at: before.published_at },
        // Only compared with: a narrow read of what its coverage needs, not the whole release assembled.
        agreements: await loadCoverageInputs(db, before.id),
      }
    : null;
  const data = briefData({ release: found, dataset: await loadDataset(db, found.id), earlier });
  await keepCountedFigures(db, data, options.generation ?? null);
  return data;
}
