import type { Lang } from '@sco/core';
import { agreementListItems, type Executor } from '@sco/db';
import { withTitleLabel } from './agreement-list-item.js';

export const DEFAULT_ITEM_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * The agreements of published releases as a listing serialises them (record, title in the page's language,
 * version, partners), kept as JSON by release, language and id: a release never changes, so a page that misses the response cache (a new filter,
 * sort or cursor) reads only the ids of its page and the few agreements it has not serialised before,
 * instead of every column of 50 rows and a serialisation of them all. The draft is never kept. Bounded in
 * bytes (UTF-16 code units, as held); the least recently used item goes first.
 */
export class AgreementItemCache {
  private readonly items = new Map<string, string>();
  private held = 0;

  constructor(readonly maxBytes = DEFAULT_ITEM_CACHE_BYTES) {}

  /** Bytes held (two per code unit of the JSON kept). */
  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.items.size;
  }

  /**
   * The serialised items of a release with these ids, in their order, titled in `lang`, reading those not
   * held in one query. Fails if the release has no agreement with one of the ids.
   */
  async serialised(db: Executor, release: string, ids: readonly string[], lang: Lang): Promise<string[]> {
    const found = new Map<string, string>();
    const missing: string[] = [];
    for (const id of ids) {
      const key = `${release}\n${lang}\n${id}`;
      const json = this.items.get(key);
      if (json === undefined) {
        missing.push(id);
        continue;
      }
      this.items.delete(key);
      this.items.set(key, json);
      found.set(id, json);
    }
    if (missing.length > 0) {
      const read = await agreementListItems(db, release, missing);
      for (const id of missing) {
        const item = read.get(id);
        if (!item) throw new Error(`release ${release} has no agreement ${id}, which its listing named`);
        const json = JSON.stringify(withTitleLabel(item, lang));
        found.set(id, json);
        this.keep(`${release}\n${lang}\n${id}`, json);
      }
    }
    return ids.map((id) => found.get(id) as string);
  }

  private keep(key: string, json: string): void {
    const size = json.length * 2;
    if (size > this.maxBytes) return;
    this.items.set(key, json);
    this.held += size;
    for (const [oldest, old] of this.items) {
      if (this.held <= this.maxBytes) break;
      this.items.delete(oldest);
      this.held -= old.length * 2;
    }
  }
}
