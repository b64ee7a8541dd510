/**
 * Results of work that depends on a string key alone, remembered for the keys asked for most recently:
 * at most `maxEntries` of them, and only for keys of at most `maxKeyLength` characters (longer ones are
 * computed every time), so that what it holds stays small whatever clients send. The least recently used
 * key goes first. For a query string's validation or a representation's tag: the caller promises that
 * `compute` gives the same result for the same key.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    readonly maxEntries = 512,
    readonly maxKeyLength = 512,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, compute: () => V): V {
    const known = this.entries.get(key);
    if (known !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    const value = compute();
    if (key.length > this.maxKeyLength) return value;
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return value;
  }
}
