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
    const token = randomBytes(16).toString('hex');
    const expiresAt = this.clock() + this.ttlMs;
    this.put(token, value, expiresAt);
    return { token, expiresAt: new Date(expiresAt) };
  }

  /** Keeps a preview made elsewhere under its token until it expires (epoch milliseconds). */
  put(token: string, value: T, expiresAt: number): void {
    const now = this.clock();
    for (const [known, preview] of this.previews) if (preview.expiresAt <= now) this.previews.delete(known);
    while (this.previews.size >= this.capacity) {
      const oldest = this.previews.keys().next().value;
      if (oldest === undefined) break;
      this.previews.delete(oldest);
    }
    this.previews.set(token, { value, expiresAt });
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
