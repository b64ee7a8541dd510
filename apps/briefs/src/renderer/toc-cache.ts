import { createHash } from 'node:crypto';

/**
 * Where the sections of a brief landed, by the hash of its page: the layout of the same page is the same,
 * so a brief rendered again starts from the page numbers it had and skips the measuring pass (the printed
 * PDF is still checked against them). Holds a bounded number of briefs, dropping the oldest.
 */
export class TocCache {
  private readonly entries = new Map<string, Readonly<Record<string, number>>>();

  constructor(private readonly capacity = 64) {}

  key(...parts: readonly string[]): string {
    const hash = createHash('sha256');
    for (const part of parts) hash.update(part).update('\u0000');
    return hash.digest('hex');
  }

  get(key: string): Readonly<Record<string, number>> | undefined {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, pages: Readonly<Record<string, number>>): void {
    this.entries.delete(key);
    this.entries.set(key, pages);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
