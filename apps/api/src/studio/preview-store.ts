import { randomBytes } from 'node:crypto';

/** A preview token: 128 random bits in hex; the preview's address is its only key. */
export const PREVIEW_TOKEN_PATTERN = /^[0-9a-f]{32}$/;

interface Stored<T> {
  readonly value: T;
  readonly expiresAt: number;
}

/**
 * The studio's HTML previews (a brief's site), kept in memory for a while under random tokens: the
 * preview's page and its files are served from /studio/previews/<token>/, an address only the studio that
 * asked for it knows (the sandboxed frame that shows it sends no cookie). Bounded: the oldest go first.
 */
export class PreviewStore<T> {
  private readonly previews = new Map<string, Stored<T>>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly capacity = 32,
    private readonly clock: () => number = Date.now,
  ) {}

  add(value: T): { token: string; expiresAt: Date } {
    const now = this.clock();
    for (const [token, preview] of this.previews) if (preview.expiresAt <= now) this.previews.delete(token);
    while (this.previews.size >= this.capacity) {
      const oldest = this.previews.keys().next().value;
      if (oldest === undefined) break;
      this.previews.delete(oldest);
    }
    const token = randomBytes(16).toString('hex');
    const expiresAt = now + this.ttlMs;
    this.previews.set(token, { value, expiresAt });
    return { token, expiresAt: new Date(expiresAt) };
  }

  /** The preview of a token, until it expires. */
  get(token: string): T | undefined {
    if (!PREVIEW_TOKEN_PATTERN.test(token)) return undefined;
    const preview = this.previews.get(token);
    if (!preview) return undefined;
    if (preview.expiresAt <= this.clock()) {
      this.previews.delete(token);
      return undefined;
    }
    return preview.value;
  }

  get size(): number {
    return this.previews.size;
  }
}
