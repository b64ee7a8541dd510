import { briefData, keepCountedFigures, type BriefData } from '@sco/briefs';
import { buildId } from '../http/build-id.js';
import type { Db } from '@sco/db';
import { HttpProblem, noReleaseYet, type InvalidParam } from '../http/problem.js';
import type { DatasetCache } from '../reading/dataset-cache.js';
import { releaseLookup } from '../reading/release-lookup.js';

/**
 * The data of a release for a brief (default: the latest), and of the release before it, from the app's
 * dataset cache. A release the
 * request names (in its body, or its query for a permalink) that does not exist is 422; no release at all is 503.
 */
export async function releaseBriefData(
  db: Db,
  datasets: DatasetCache,
  release: string | undefined,
  where: InvalidParam['in'] = 'body',
): Promise<BriefData> {
  const lookup = releaseLookup(db);
  const found = release === undefined ? await lookup.latest() : await lookup.byId(release);
  if (!found && release !== undefined) {
    const reason = `there is no release ${release}; see /v1/releases`;
    throw new HttpProblem({
      status: 422,
      code: 'unknown-release',
      title: 'Unknown release',
      detail: reason,
      errors: [{ name: 'release', in: where, reason }],
    });
  }
  if (!found) {
    throw noReleaseYet();
  }
  const loaded = await datasets.get({ kind: 'release', partition: found.id, release: found, pinned: true });
  const before = await lookup.previous(found.id);
  const earlier = before
    ? {
        release: { id: before.id, published_at: before.published_at },
        agreements: await datasets.coverageInputs(before.id),
      }
    : null;
  const data = briefData({
    release: found,
    dataset: loaded.dataset,
    agreements: loaded.agreements,
    tallies: loaded.tallies,
    earlier,
  });
  // Kept with the release's arrays (the datasets cache's): counted once per release and process.
  await keepCountedFigures(db.db, data, buildId());
  return data;
}
