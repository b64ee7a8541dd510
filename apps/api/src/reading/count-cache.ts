import { stateKey, type ReadContext } from './read-context.js';

/**
 * How many agreements match a query, by release and filters: a release never changes, so a count made for
 * a first page holds for every later page of the same query, which then reads its 50 rows without
 * counting the matches again. The draft is never cached (it changes). Holds `capacity` counts, dropping
 * the least recently used.
 */
export class CountCache {
  private readonly counts = new Map<string, number>();

  constructor(private readonly capacity = 10_000) {}

  private key(context: ReadContext, filters: Readonly<Record<string, unknown>>): string | null {
    if (context.kind !== 'release') return null;
    const entries = Object.entries(filters)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `${stateKey(context)} ${JSON.stringify(entries)}`;
  }

  get(context: ReadContext, filters: Readonly<Record<string, unknown>>): number | undefined {
    const key = this.key(context, filters);
    if (key === null) return undefined;
    const count = this.counts.get(key);
    if (count !== undefined) {
      this.counts.delete(key);
      this.counts.set(key, count);
    }
    return count;
  }

  set(context: ReadContext, filters: Readonly<Record<string, unknown>>, count: number): void {
    const key = this.key(context, filters);
    if (key === null) return;
    this.counts.set(key, count);
    while (this.counts.size > this.capacity) {
      const oldest = this.counts.keys().next().value;
      if (oldest === undefined) break;
      this.counts.delete(oldest);
    }
  }
}
