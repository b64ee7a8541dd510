import { randomBytes } from 'node:crypto';
import type { BriefSite } from '@sco/briefs';

/** A preview token: 128 random bits in hex; the preview's address is its only key. */
export const PREVIEW_TOKEN_PATTERN = /^[0-9a-f]{32}$/;

export interface StoredPreview {
  readonly site: BriefSite;
  readonly expiresAt: number;
}

/**
 * The studio's HTML previews, kept in memory for a while under random tokens: the preview's page and its
 * files are served from /studio/previews/<token>/, an address only the studio that asked for it knows (the
 * sandboxed frame that shows it sends no cookie). Bounded: the oldest go first.
 */
export class PreviewStore {
  private readonly previews = new Map<string, StoredPreview>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly capacity = 32,
    private readonly clock: () => number = Date.now,
  ) {}

  add(site: BriefSite): { token: string; expiresAt: Date } {
    const now = this.clock();
    for (const [token, preview] of this.previews) if (preview.expiresAt <= now) this.previews.delete(token);
    while (this.previews.size >= this.capacity) {
      const oldest = this.previews.keys().next().value;
      if (oldest === undefined) break;
      this.previews.delete(oldest);
    }
    const token = randomBytes(16).toString('hex');
    const expiresAt = now + this.ttlMs;
    this.previews.set(token, { site, expiresAt });
    return { token, expiresAt: new Date(expiresAt) };
  }

  get(token: string): BriefSite | undefined {
    const preview = this.previews.get(token);
    if (!preview) return undefined;
    if (preview.expiresAt <= this.clock()) {
      this.previews.delete(token);
      return undefined;
    }
    return preview.site;
  }
}
