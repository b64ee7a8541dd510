import type { BriefRequest, BriefSite } from '@sco/briefs';
import { findStudioPreview, saveStudioPreview, type Db } from '@sco/db';
import { PREVIEW_TOKEN_PATTERN, PreviewStore } from './preview-store.js';

/** A preview's page and files, made from a request over a release. */
export interface MadePreview {
  readonly request: BriefRequest;
  readonly releaseId: string;
  readonly site: BriefSite;
}

/**
 * Where the studio keeps its previews. One machine (SQLite): in this process's memory. Several processes
 * (PostgreSQL): the request and release of each preview in `studio_previews`, from which any process
 * rebuilds the same page the first time it is asked for it (a preview is built without Chromium, from an
 * immutable release), then keeps it in memory until it expires.
 */
export class StudioPreviews {
  private readonly local: PreviewStore<BriefSite>;

  constructor(
    private readonly db: Db,
    private readonly rebuild: (request: BriefRequest, releaseId: string) => Promise<BriefSite>,
    private readonly clock: () => number = Date.now,
  ) {
    this.local = new PreviewStore<BriefSite>(undefined, undefined, clock);
  }

  private get shared(): boolean {
    return this.db.dialect === 'postgres';
  }

  async add(made: MadePreview): Promise<{ token: string; expiresAt: Date }> {
    const added = this.local.add(made.site);
    if (this.shared) {
      await saveStudioPreview(
        this.db.db,
        {
          token: added.token,
          releaseId: made.releaseId,
          request: JSON.stringify(made.request),
          expiresAt: added.expiresAt.getTime(),
        },
        this.clock(),
      );
    }
    return added;
  }

  /** The preview of a token, until it expires, whichever process made it. */
  async get(token: string): Promise<BriefSite | undefined> {
    const known = this.local.get(token);
    if (known || !this.shared || !PREVIEW_TOKEN_PATTERN.test(token)) return known;
    const stored = await findStudioPreview(this.db.db, token, this.clock());
    if (!stored) return undefined;
    const site = await this.rebuild(JSON.parse(stored.request) as BriefRequest, stored.releaseId);
    this.local.put(token, site, stored.expiresAt);
    return site;
  }
}
