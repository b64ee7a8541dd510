import { listAgreements } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { AgreementItemCache } from './agreement-item-cache.js';
import { withTitleLabel } from './agreement-list-item.js';

describe.each(await testDatabases())(
  'the listing of a release from serialised items on $dialect',
  (database) => {
    let t: TestApp;
    let uncached: TestApp;
    beforeAll(async () => {
      t = await openTestApp(database);
      uncached = await openTestApp(database, { responseCache: false });
    }, 60_000);
    afterAll(async () => {
      await t.dispose();
      await uncached.dispose();
    });

    it('keeps items by release and id, reading only those it does not hold, in the order asked', async () => {
      const cache = new AgreementItemCache();
      const release = t.dataset.version;
      const page = await listAgreements(t.db.db, release, { sort: 'id', limit: 6 });
      const ids = page.items.map((item) => item.id);
      const first = await cache.serialised(t.db.db, release, ids.slice(0, 3), 'en');
      const text = (items: readonly Buffer[]) => items.map((json) => json.toString('utf8'));
      expect(text(first)).toEqual(
        page.items.slice(0, 3).map((item) => JSON.stringify(withTitleLabel(item, 'en'))),
      );
      expect(cache.size).toBe(3);
      const reversed = [...ids].reverse();
      const second = await cache.serialised(t.db.db, release, reversed, 'en');
      expect(text(second).map((json) => (JSON.parse(json) as { id: string }).id)).toEqual(reversed);
      // Those held are the very bytes kept before.
      expect(second.at(-1)).toBe(first[0]);
      expect(cache.size).toBe(6);
      expect(cache.bytes).toBe(second.reduce((sum, json) => sum + json.byteLength, 0));
      // The draft holds the same ids under another partition: it is another key.
      const draft = await cache.serialised(t.db.db, 'draft', ids.slice(0, 1), 'en');
      expect(text(draft)).toEqual(text(second.slice(-1)));
      expect(draft[0]).not.toBe(second.at(-1));
      expect(cache.size).toBe(7);
      // Another language is another key, titled in that language.
      const french = await cache.serialised(t.db.db, release, ids.slice(0, 1), 'fr');
      expect(text(french)).toEqual(
        page.items.slice(0, 1).map((item) => JSON.stringify(withTitleLabel(item, 'fr'))),
      );
      expect(cache.size).toBe(8);
      await expect(cache.serialised(t.db.db, release, ['no-such-agreement'], 'en')).rejects.toThrow(
        `release ${release} has no agreement no-such-agreement, which its listing named`,
      );
    });

    it('stays within its byte bound, dropping the least recently used item', async () => {
      const release = t.dataset.version;
      const page = await listAgreements(t.db.db, release, { sort: 'id', limit: 3 });
      const [a = 0, b = 0, c = 0] = page.items.map((item) =>
        Buffer.byteLength(JSON.stringify(withTitleLabel(item, 'en'))),
      );
      const cache = new AgreementItemCache(a + b + c - 1);
      const ids = page.items.map((item) => item.id);
      await cache.serialised(t.db.db, release, ids, 'en');
      expect(cache.size).toBe(2);
      expect(cache.bytes).toBe(b + c);
      expect(cache.bytes).toBeLessThanOrEqual(cache.maxBytes);
    });

    // About 200 requests and their queries: over vitest's 5 s default when the machine is busy.
    it(
      'answers every page of a listing as listAgreements reads it, before and after the items are kept',
      { timeout: 60_000 },
      async () => {
        const queries = [
          { limit: 50, from: 2010, sort: '-signed_date' },
          { limit: 7, sort: 'title' },
          { limit: 20, sort: '-title', include_adjacent: true },
          { limit: 5, sort: 'signed_date', q: 'standard' },
          { limit: 10, sort: 'id', partner: 'DEU' },
          { limit: 30, sort: 'id', lang: 'zh' },
        ] as const;
        for (const query of queries) {
          for (const app of [t.app, uncached.app, t.app]) {
            let cursor: string | null = null;
            do {
              const res = await request(app)
                .get('/v1/agreements')
                .query({ ...query, ...(cursor ? { cursor } : {}) })
                .set('Accept-Encoding', 'identity')
                .expect(200);
              const { lang = 'en', ...filters } = query as typeof query & { lang?: 'zh' };
              const expected = await listAgreements(t.db.db, t.dataset.version, {
                ...filters,
                ...(cursor ? { cursor } : {}),
              });
              expect(res.text).toBe(
                JSON.stringify({
                  release: res.body.release,
                  total: expected.total,
                  next: expected.next,
                  items: expected.items.map((item) => withTitleLabel(item, lang)),
                }),
              );
              cursor = expected.next;
            } while (cursor);
          }
        }
      },
    );
  },
);
