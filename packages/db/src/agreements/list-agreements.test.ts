import { beforeEach, describe, expect, it } from 'vitest';
import { createDb } from '../create-db.js';
import { InvalidCursorError } from '../errors/invalid-cursor-error.js';
import { InvalidQueryError } from '../errors/invalid-query-error.js';
import { importDataset } from '../import/import-dataset.js';
import { migrateToLatest } from '../migrate/migrate-to-latest.js';
import { DRAFT } from '../partition/partition.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import type { Executor } from '../transaction.js';
import { AGREEMENT_SORTS, type AgreementQuery, type AgreementSort } from './agreement-query.js';
import { getAgreement } from './get-agreement.js';
import { agreementListItems, listAgreementIds, listAgreements } from './list-agreements.js';
import { saveAgreement } from './save-agreement.js';

type Filters = Omit<AgreementQuery, 'sort' | 'limit' | 'cursor'>;

const NOW = { actor: 'test', now: new Date('2024-03-01T00:00:00.000Z') };

/** Every page of a listing, followed through its cursors: the ids of each page. */
async function pages(
  db: Executor,
  filters: Filters,
  sort: AgreementSort,
  limit: number,
): Promise<string[][]> {
  const result: string[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listAgreements(db, '1.0.0', {
      ...filters,
      sort,
      limit,
      ...(cursor ? { cursor } : {}),
    });
    result.push(page.items.map((item) => item.id));
    if (page.next === null) return result;
    cursor = page.next;
  }
}

async function ids(db: Executor, filters: Filters, sort: AgreementSort = 'id'): Promise<string[]> {
  return (await pages(db, filters, sort, 100)).flat();
}

const BY_SORT: Record<AgreementSort, string[]> = {
  signed_date: [
    'sac-din-2006',
    'sac-afnor-2015',
    'sac-din-2016',
    'sac-kebs-2017',
    'sac-multi-2017',
    'sac-asean-2019',
    'sac-din-2020',
    'sac-kebs-2020',
    'sac-afnor-2021',
    'sac-iso-sales',
  ],
  '-signed_date': [
    'sac-afnor-2021',
    'sac-din-2020',
    'sac-kebs-2020',
    'sac-asean-2019',
    'sac-kebs-2017',
    'sac-multi-2017',
    'sac-din-2016',
    'sac-afnor-2015',
    'sac-din-2006',
    'sac-iso-sales',
  ],
  title: [
    'sac-din-2020',
    'sac-kebs-2020',
    'sac-asean-2019',
    'sac-din-2016',
    'sac-multi-2017',
    'sac-din-2006',
    'sac-kebs-2017',
    'sac-afnor-2015',
    'sac-iso-sales',
    'sac-afnor-2021',
  ],
  '-title': [
    'sac-afnor-2021',
    'sac-iso-sales',
    'sac-afnor-2015',
    'sac-kebs-2017',
    'sac-din-2006',
    'sac-multi-2017',
    'sac-din-2016',
    'sac-asean-2019',
    'sac-din-2020',
    'sac-kebs-2020',
  ],
  id: [
    'sac-afnor-2015',
    'sac-afnor-2021',
    'sac-asean-2019',
    'sac-din-2006',
    'sac-din-2016',
    'sac-din-2020',
    'sac-iso-sales',
    'sac-kebs-2017',
    'sac-kebs-2020',
    'sac-multi-2017',
  ],
};

const ALL = { include_adjacent: true } as const;

describe.each(databases)('listAgreements on $dialect', (database) => {
  const testDb = useTestDb(database);
  beforeEach(async () => {
    await importDataset(testDb().db, FIXTURE, NOW);
  });

  it.each(AGREEMENT_SORTS)('sorts by %s in code-point order, undated last, ties by id', async (sort) => {
    expect(await ids(testDb().db, {}, sort)).toEqual(BY_SORT[sort]);
  });

  it.each(AGREEMENT_SORTS)('pages through %s with cursors, each page with the total', async (sort) => {
    const { db } = testDb();
    const all = await pages(db, {}, sort, 3);
    expect(all.map((page) => page.length)).toEqual([3, 3, 3, 1]);
    expect(all.flat()).toEqual(BY_SORT[sort]);
    const first = await listAgreements(db, '1.0.0', { sort, limit: 3 });
    expect(first.total).toBe(10);
  });

  it('takes a known total instead of counting, and reads the same rows', async () => {
    const { db } = testDb();
    const counted = await listAgreements(db, '1.0.0', { sort: 'title', limit: 3 });
    const known = await listAgreements(db, '1.0.0', { sort: 'title', limit: 3 }, { knownTotal: 99 });
    expect(counted.total).toBe(10);
    expect(known.total).toBe(99);
    expect(known.items).toEqual(counted.items);
    expect(known.next).toBe(counted.next);
  });

  // About 300 queries on each engine: over vitest's 5 s default on PostgreSQL when the machine is busy.
  it(
    'gives the same pages as ids, and the same items by id, for every sort and filter',
    { timeout: 60_000 },
    async () => {
      const { db } = testDb();
      for (const filters of [{}, ALL, { q: 'standard' }, { partner: 'KEN', include_adjacent: true }]) {
        for (const sort of AGREEMENT_SORTS) {
          let cursor: string | undefined;
          for (;;) {
            const query = { ...filters, sort, limit: 3, ...(cursor ? { cursor } : {}) };
            const page = await listAgreements(db, '1.0.0', query);
            const keys = await listAgreementIds(db, '1.0.0', query);
            expect(keys).toEqual({
              ids: page.items.map((item) => item.id),
              total: page.total,
              next: page.next,
            });
            const byId = await agreementListItems(db, '1.0.0', keys.ids);
            expect(keys.ids.map((id) => byId.get(id))).toEqual(page.items);
            if (page.next === null) break;
            cursor = page.next;
          }
        }
      }
      expect(await agreementListItems(db, '1.0.0', [])).toEqual(new Map());
      expect([...(await agreementListItems(db, '1.0.0', ['no-such-id', 'sac-din-2006'])).keys()]).toEqual([
        'sac-din-2006',
      ]);
      const known = await listAgreementIds(db, '1.0.0', { sort: 'id', limit: 2 }, { knownTotal: 99 });
      expect(known.total).toBe(99);
      await expect(agreementListItems(db, 'not a partition', ['sac-din-2006'])).rejects.toThrow();
    },
  );

  it('ends on a full last page without a further cursor', async () => {
    const page = await listAgreements(testDb().db, '1.0.0', { sort: 'id', limit: 10 });
    expect(page.items).toHaveLength(10);
    expect(page.next).toBeNull();
  });

  it('continues after the last row seen when rows are added between pages', async () => {
    const { db } = testDb();
    const first = await listAgreements(db, DRAFT, { sort: 'title', limit: 3 });
    const source = await getAgreement(db, DRAFT, 'sac-din-2006');
    if (!source || first.next === null) throw new Error('fixture missing');
    await saveAgreement(
      db,
      { ...source.aggregate, id: 'sac-din-1999', title_en: 'Aaa first', sources: [], provisions: [] },
      NOW,
    );
    const second = await listAgreements(db, DRAFT, { sort: 'title', limit: 3, cursor: first.next });
    expect(first.items.map((i) => i.id)).toEqual(BY_SORT.title.slice(0, 3));
    expect(second.items.map((i) => i.id)).toEqual(BY_SORT.title.slice(3, 6));
    expect(second.total).toBe(11);
  });

  it('returns the records with their version and partners', async () => {
    const page = await listAgreements(testDb().db, '1.0.0', { q: 'sac-multi-2017', sort: 'id', limit: 5 });
    const record = FIXTURE.tables.agreements.find((a) => a.id === 'sac-multi-2017');
    expect(page.items).toEqual([{ ...record, version: 1, partners: ['DEU', 'FRA', 'KEN'] }]);
  });

  describe('search', () => {
    it('finds Chinese text in titles, institution names and jurisdiction names', async () => {
      const { db } = testDb();
      expect(await ids(db, { ...ALL, q: '标准' })).toEqual(BY_SORT.id);
      expect(await ids(db, { ...ALL, q: '肯尼亚' })).toEqual([
        'sac-kebs-2017',
        'sac-kebs-2020',
        'sac-multi-2017',
        'samr-kebs-metrology-2018',
      ]);
      expect(await ids(db, { ...ALL, q: '谅解备忘录' })).toEqual(['sac-kebs-2017']);
    });

    it('ignores case, and matches accents exactly after Unicode normalisation', async () => {
      const { db } = testDb();
      expect(await ids(db, { q: 'COOPÉRATION' })).toEqual(['sac-afnor-2015']);
      expect(await ids(db, { q: 'coope\u0301ration' })).toEqual(['sac-afnor-2015']);
      expect(await ids(db, { q: 'Métrologie' })).toEqual(['sac-afnor-2015']);
      expect(await ids(db, { ...ALL, q: 'metrologie' })).toEqual([]);
      expect(await ids(db, { q: 'ÉCHANGE' })).toEqual(['sac-afnor-2021']);
      expect(await ids(db, { q: 'Allemagne' })).toEqual([
        'sac-din-2006',
        'sac-din-2016',
        'sac-din-2020',
        'sac-multi-2017',
      ]);
      expect(await ids(db, { q: 'ＳＩＮＯ-GERMAN' })).toEqual(['sac-din-2016']);
      expect(await ids(db, { q: '  Kenya  ' })).toEqual(['sac-kebs-2017', 'sac-kebs-2020', 'sac-multi-2017']);
    });

    it('treats % and _ as ordinary characters', async () => {
      const { db } = testDb();
      expect(await ids(db, { ...ALL, q: '%' })).toEqual(['sac-kebs-2017']);
      expect(await ids(db, { ...ALL, q: '100%' })).toEqual(['sac-kebs-2017']);
      expect(await ids(db, { ...ALL, q: '_' })).toEqual(['sac-asean-2019']);
      expect(await ids(db, { ...ALL, q: 'accsq_wg' })).toEqual(['sac-asean-2019']);
      expect(await ids(db, { ...ALL, q: 'a_c' })).toEqual([]);
    });

    it('matches everything on an empty query', async () => {
      expect(await ids(testDb().db, { q: '   ' })).toEqual(BY_SORT.id);
    });
  });

  describe('filters', () => {
    it('leave adjacent scopes out unless asked for', async () => {
      const { db } = testDb();
      expect(await ids(db, {})).not.toContain('samr-kebs-metrology-2018');
      expect(await ids(db, ALL)).toEqual([...BY_SORT.id, 'samr-kebs-metrology-2018']);
      expect(await ids(db, { scope: 'metrology' })).toEqual(['samr-kebs-metrology-2018']);
      expect(await ids(db, { scope: 'standardisation', include_adjacent: true })).toEqual(BY_SORT.id);
    });

    it('match partners, their regions and kinds, and sectors', async () => {
      const { db } = testDb();
      expect(await ids(db, { partner: 'KEN' })).toEqual(['sac-kebs-2017', 'sac-kebs-2020', 'sac-multi-2017']);
      expect(await ids(db, { partner: 'ASEAN' })).toEqual(['sac-asean-2019']);
      expect(await ids(db, { partner: 'KE' })).toEqual([]);
      expect(await ids(db, { region: '150' })).toEqual([
        'sac-afnor-2015',
        'sac-afnor-2021',
        'sac-din-2006',
        'sac-din-2016',
        'sac-din-2020',
        'sac-multi-2017',
      ]);
      expect(await ids(db, { region: 'global' })).toEqual(['sac-iso-sales']);
      expect(await ids(db, { partner_kind: 'regional_organisation' })).toEqual(['sac-asean-2019']);
      expect(await ids(db, { partner_kind: 'standards_developing_organisation' })).toEqual(['sac-iso-sales']);
      expect(await ids(db, { sector: '35' })).toEqual(['sac-din-2016', 'sac-multi-2017']);
      expect(await ids(db, { sector: '93' })).toEqual(['sac-kebs-2017', 'sac-multi-2017']);
    });

    it('match type, framing, verification and signed years', async () => {
      const { db } = testDb();
      expect(await ids(db, { type: 'action_plan' })).toEqual(['sac-din-2020', 'sac-kebs-2020']);
      expect(await ids(db, { bri_framing: 'explicit' })).toEqual(['sac-kebs-2017', 'sac-multi-2017']);
      expect(await ids(db, { verification: 'single_source' })).toEqual(['sac-din-2016', 'sac-iso-sales']);
      expect(await ids(db, { from: 2017, to: 2019 })).toEqual([
        'sac-asean-2019',
        'sac-kebs-2017',
        'sac-multi-2017',
      ]);
      expect(await ids(db, { ...ALL, from: 2018, to: 2018 })).toEqual(['samr-kebs-metrology-2018']);
      expect(await ids(db, { to: 2006 })).toEqual(['sac-din-2006']);
    });

    it('combine with search and sorting', async () => {
      const { db } = testDb();
      expect(await ids(db, { q: 'standard', region: '150', from: 2010 }, '-signed_date')).toEqual([
        'sac-afnor-2021',
        'sac-din-2020',
        'sac-multi-2017',
        'sac-din-2016',
        'sac-afnor-2015',
      ]);
    });
  });

  it('reads older releases and the draft separately', async () => {
    const { db } = testDb();
    const source = await getAgreement(db, DRAFT, 'sac-din-2006');
    if (!source) throw new Error('fixture missing');
    await saveAgreement(db, { ...source.aggregate, title_en: 'Zebra title' }, NOW);
    expect((await listAgreements(db, DRAFT, { sort: 'title', limit: 100 })).items.at(-2)?.id).toBe(
      'sac-din-2006',
    );
    expect(await ids(db, {}, 'title')).toEqual(BY_SORT.title);
    expect(await ids(db, { q: 'zebra' })).toEqual([]);
    expect(
      (await listAgreements(db, DRAFT, { q: 'zebra', sort: 'id', limit: 5 })).items.map((i) => i.id),
    ).toEqual(['sac-din-2006']);
  });

  it('rejects cursors and parameters it cannot use', async () => {
    const { db } = testDb();
    const { next } = await listAgreements(db, '1.0.0', { sort: 'title', limit: 2 });
    if (next === null) throw new Error('expected a second page');
    await expect(listAgreements(db, '1.0.0', { sort: 'id', limit: 2, cursor: next })).rejects.toThrow(
      InvalidCursorError,
    );
    await expect(listAgreements(db, '1.0.0', { sort: 'id', limit: 2, cursor: 'garbage' })).rejects.toThrow(
      InvalidCursorError,
    );
    await expect(listAgreements(db, '1.0.0', { sort: 'id', limit: 0 })).rejects.toThrow(InvalidQueryError);
    await expect(listAgreements(db, '1.0.0', { partner: 'DEU;FRA', sort: 'id', limit: 5 })).rejects.toThrow(
      InvalidQueryError,
    );
  });
});

describe('listAgreements on every engine', () => {
  const queries: Filters[] = [
    {},
    ALL,
    { q: 'standard' },
    { q: '标准', region: '150' },
    { q: 'é' },
    { q: '%' },
    { partner: 'KEN', include_adjacent: true },
    { region: '002' },
    { from: 2015, to: 2020 },
    { sector: '35' },
  ];

  it('gives the same pages for every query, sort and page size', { timeout: 60_000 }, async () => {
    const results: string[] = [];
    for (const database of databases) {
      const instance = await database.create();
      const handle = createDb(instance.config);
      try {
        await migrateToLatest(handle.db);
        await importDataset(handle.db, FIXTURE, NOW);
        const lists: unknown[] = [];
        for (const filters of queries) {
          for (const sort of AGREEMENT_SORTS) {
            for (const limit of [1, 4])
              lists.push([filters, sort, limit, await pages(handle.db, filters, sort, limit)]);
          }
        }
        results.push(JSON.stringify(lists));
      } finally {
        await handle.close();
        await instance.drop();
      }
    }
    expect(results).toHaveLength(databases.length);
    for (const result of results) expect(result).toBe(results[0]);
    expect(results[0]).toContain('"sac-afnor-2021"');
  });
});
