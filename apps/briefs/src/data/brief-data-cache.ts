import { getRelease, latestRelease, type Executor } from '@sco/db';
import { loadBriefData, type BriefData, type LoadOptions } from './brief-data.js';
import { ReleaseNotFoundError } from './release-not-found-error.js';

/**
 * The brief data of the last releases read, by release id, for a process that renders one brief after
 * another (a brief worker): a published release never changes, so a batch of briefs of one release reads it
 * once, and its indicators are computed once (`keptResult` keeps them with its agreements). The release is
 * looked up on every read — one indexed row — so a release deleted since is not found, and "the latest"
 * follows a release published since.
 */
export class BriefDataCache {
  private readonly entries = new Map<string, Promise<BriefData>>();

  private readonly size: number;

  /**
   * @param options.size how many releases are kept (each holds its agreements, and its predecessor's
   *   coverage inputs); 2 by default.
   * @param options.generation the API's build id, whose kept indicator results a brief may take.
   */
  constructor(private readonly options: LoadOptions & { readonly size?: number } = {}) {
    this.size = options.size ?? 2;
  }

  /** The data of a release (default: the latest). Throws ReleaseNotFoundError as loadBriefData does. */
  async get(db: Executor, release?: string): Promise<BriefData> {
    const found = release === undefined ? await latestRelease(db) : await getRelease(db, release);
    if (!found) throw new ReleaseNotFoundError(release ?? null);
    let entry = this.entries.get(found.id);
    if (entry) {
      // Most recently used last: the first key is the one dropped.
      this.entries.delete(found.id);
    } else {
      entry = loadBriefData(db, found.id, this.options);
      // A read that failed is not kept: the next brief reads again.
      entry.catch(() => {
        if (this.entries.get(found.id) === entry) this.entries.delete(found.id);
      });
    }
    this.entries.set(found.id, entry);
    while (this.entries.size > this.size) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return entry;
  }
}
