import {
  comparedWithData,
  coverageByBasis,
  listTallies as presentTallies,
  presentTally,
  presentTallyCoverage,
  selectTallies,
  type IndicatorResult,
  type ReleaseData,
  type TallyAggregate,
  type TallyQuery,
} from '@sco/core';
import { loadTallies, type Db } from '@sco/db';
import { buildId } from '../http/build-id.js';
import type { z } from '../openapi/zod.js';
import type { DatasetCache } from '../reading/dataset-cache.js';
import type { ReadContext } from '../reading/read-context.js';
import { readTalliesCoverage } from './read-tallies-coverage.js';
import type { officialTallySchema } from './tallies.schemas.js';

type TallyBody = z.output<typeof officialTallySchema>;

/**
 * The official tallies of a release, oldest first, each cumulative one with the coverage beside it: core's
 * presenter over the release's agreements, typed by the response schema.
 */
function listTallies(data: ReleaseData, query: TallyQuery): TallyBody[] {
  return presentTallies(data, query);
}

/**
 * The body of /v1/tallies for a read. A published release that this process does not hold whole is not
 * assembled for it: its tallies are read alone (`loadTallies`), the coverage indicator against each
 * cumulative one is counted in the database once per release (`readTalliesCoverage`), and the bounds come
 * from the release's coverage inputs (the datasets cache's narrow read) — the same body as core's presenter
 * gives from the whole release. The draft, and a release held whole anyway, are presented from their
 * agreements.
 */
export async function readTallies(
  db: Db,
  datasets: DatasetCache,
  context: ReadContext,
  query: TallyQuery,
): Promise<TallyBody[]> {
  if (context.kind === 'draft' || datasets.holds(context))
    return listTallies(await datasets.get(context), query);
  const tallies = selectTallies(await loadTallies(db.db, context.partition), query);
  const compared = tallies.filter(comparedWithData);
  const inputs = compared.length === 0 ? [] : await datasets.coverageInputs(context.release.id);
  const results = new Map<TallyAggregate, IndicatorResult>(
    (await readTalliesCoverage(db.db, context.partition, compared, buildId())).map(({ tally, result }) => [
      tally,
      result,
    ]),
  );
  return tallies.map((tally) => {
    const result = results.get(tally);
    const coverage =
      result === undefined
        ? null
        : presentTallyCoverage(tally, result, coverageByBasis(inputs, tally.as_of), query.lang);
    return presentTally(tally, coverage, query.lang);
  });
}
