import type { Lang } from '@sco/core';
import { agreementListItems, type Executor } from '@sco/db';
import { withTitleLabel } from './agreement-list-item.js';

export const DEFAULT_ITEM_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * The UTF-8 of a text in memory of its own: a small Buffer.from is a slice of Node's shared 8 kB pool, and a
 * kept item would keep its whole slab alive.
 */
function ownBytes(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}

/**
 * The agreements of published releases as a listing serialises them (record, title in the page's language,
 * version, partners), kept as UTF-8 JSON by release, language and id: a release never changes, so a page
 * that misses the response cache (a new filter, sort or cursor) reads only the ids of its page and the few
 * agreements it has not serialised before, instead of every column of 50 rows, a serialisation of them all
 * and an encoding of the page to UTF-8. The draft is never kept. Bounded in bytes (of the UTF-8 held); the
 * least recently used item goes first.
 */
export class AgreementItemCache {
  private readonly items = new Map<string, Buffer>();
  private held = 0;

  constructor(readonly maxBytes = DEFAULT_ITEM_CACHE_BYTES) {}

  /** Bytes held (of the UTF-8 kept). */
  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.items.size;
  }

  /**
   * The serialised items (UTF-8 JSON) of a release with these ids, in their order, titled in `lang`,
   * reading those not held in one query. Fails if the release has no agreement with one of the ids.
   */
  async serialised(db: Executor, release: string, ids: readonly string[], lang: Lang): Promise<Buffer[]> {
    const prefix = `${release}\n${lang}\n`;
    const found: Buffer[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const key = prefix + id;
      const json = this.items.get(key);
      if (json === undefined) {
        missing.push(id);
        continue;
      }
      this.items.delete(key);
      this.items.set(key, json);
      found.push(json);
    }
    if (missing.length === 0) return found;
    const read = await agreementListItems(db, release, missing);
    const serialised = new Map<string, Buffer>();
    for (const id of new Set(missing)) {
      const item = read.get(id);
      if (!item) throw new Error(`release ${release} has no agreement ${id}, which its listing named`);
      const json = ownBytes(JSON.stringify(withTitleLabel(item, lang)));
      serialised.set(id, json);
      this.keep(prefix + id, json);
    }
    // In the order asked: those held, then read, each where its id is.
    let held = 0;
    return ids.map((id) => serialised.get(id) ?? (found[held++] as Buffer));
  }

  private keep(key: string, json: Buffer): void {
    const size = json.byteLength;
    if (size > this.maxBytes) return;
    this.items.set(key, json);
    this.held += size;
    for (const [oldest, old] of this.items) {
      if (this.held <= this.maxBytes) break;
      this.items.delete(oldest);
      this.held -= old.byteLength;
    }
  }
}
