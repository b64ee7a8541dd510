import {
  countedIndicator,
  countNeeds,
  DEFAULT_INDICATOR_FILTER,
  getIndicator,
  indicatorFilterSchema,
  type CountRows,
} from '@sco/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../import/import-dataset.js';
import { DRAFT } from '../partition/partition.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { countMemoKey } from './count-memo-key.js';
import { readCountRows } from './read-count-rows.js';
import { readCountRowsOnce } from './read-count-rows-once.js';

const RELEASE = FIXTURE.version;
const NEEDS = countNeeds('partners');

describe('countMemoKey', () => {
  const filter = indicatorFilterSchema.parse({ region: ['150'], year_from: 2010 });
  it('leaves out the year range and breakdowns that are not keyed; sorts the needs', () => {
    const same = indicatorFilterSchema.parse({ region: ['150'], year_to: 2020 });
    expect(countMemoKey(filter, 'year', ['tally', 'partners'])).toBe(
      countMemoKey(same, null, ['partners', 'tally', 'partners']),
    );
    expect(countMemoKey(filter, null, [])).toBe(
      '{"kind":"count_rows","filter":{"include_adjacent":false,"region":["150"]},"group_by":null,"needs":[]}',
    );
  });
  it('tells keyed breakdowns, filters and needs apart', () => {
    const keys = [
      countMemoKey(filter, null, []),
      countMemoKey(filter, 'region', []),
      countMemoKey(filter, 'sector', []),
      countMemoKey(filter, null, ['traits']),
      countMemoKey(indicatorFilterSchema.parse({ region: ['002'] }), null, []),
      countMemoKey(DEFAULT_INDICATOR_FILTER, null, []),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe.each(databases)('count rows counted once on $dialect', (database) => {
  const testDb = useTestDb(database);
  beforeEach(async () => {
    const imported = await importDataset(testDb().db, FIXTURE, { actor: 't', now: new Date() });
    expect(imported.ok).toBe(true);
  });

  const kept = () => testDb().db.selectFrom('release_memos').select(['key', 'generation']).execute();

  // The fixture's partners by hand (see measured-from-counts.test.ts): 4 verified, 5, 5.
  function partners(rows: CountRows): number | null {
    return countedIndicator('partners', getIndicator('partners').unit, DEFAULT_INDICATOR_FILTER, null, rows)
      .total.values.all.value;
  }

  it('counts a release once, then reads the rows kept, for a year range and a breakdown by year too', async () => {
    const db = testDb().db;
    const first = await readCountRowsOnce(db, RELEASE, DEFAULT_INDICATOR_FILTER, null, NEEDS, 'g1');
    expect(first.origin).toBe('computed');
    expect(partners(first.rows)).toBe(5);
    const ranged = indicatorFilterSchema.parse({ year_from: 2015 });
    const second = await readCountRowsOnce(db, RELEASE, ranged, 'year', NEEDS, 'g1');
    expect(second.origin).toBe('memo');
    expect(second.rows).toEqual(await readCountRows(db, RELEASE, DEFAULT_INDICATOR_FILTER, null, NEEDS));
    expect(await kept()).toEqual([
      { key: countMemoKey(DEFAULT_INDICATOR_FILTER, null, NEEDS), generation: 'g1' },
    ]);
  });

  it('serves the kept rows without counting (a doctored memo shows through), per generation', async () => {
    const db = testDb().db;
    const { rows } = await readCountRowsOnce(db, RELEASE, DEFAULT_INDICATOR_FILTER, null, NEEDS, 'g1');
    const doctored: CountRows = { ...rows, partners: rows.partners.filter((row) => row.key !== 'DEU') };
    await db
      .updateTable('release_memos')
      .set({ value: JSON.stringify(doctored) })
      .execute();
    const memo = await readCountRowsOnce(db, RELEASE, DEFAULT_INDICATOR_FILTER, null, NEEDS, 'g1');
    expect(partners(memo.rows)).toBe(4);
    const fresh = await readCountRowsOnce(db, RELEASE, DEFAULT_INDICATOR_FILTER, null, NEEDS, 'g2');
    expect(fresh.origin).toBe('computed');
    expect(partners(fresh.rows)).toBe(5);
  });

  it('always counts the draft, which edits change', async () => {
    for (let i = 0; i < 2; i += 1) {
      const read = await readCountRowsOnce(testDb().db, DRAFT, DEFAULT_INDICATOR_FILTER, null, NEEDS, 'g1');
      expect(read.origin).toBe('computed');
    }
    expect(await kept()).toEqual([]);
  });

  it('goes with its release', async () => {
    await readCountRowsOnce(testDb().db, RELEASE, DEFAULT_INDICATOR_FILTER, null, NEEDS, 'g1');
    await testDb().clear();
    expect(await kept()).toEqual([]);
  });
});
