import {
  countedIndicator,
  countNeeds,
  DEFAULT_INDICATOR_FILTER,
  getIndicator,
  type OfficialTallyRecord,
  type PartnerCount,
} from '@sco/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../import/import-dataset.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { readCountRows } from './read-count-rows.js';
import { readCountRowsAgainst } from './read-count-rows-against.js';

const [latest] = FIXTURE.tables.official_tallies;
if (latest === undefined) throw new Error('the fixture has a tally');
/** Cumulative tallies at other dates, 40 documents each (the fixture holds only the latest). */
const at = (as_of: string): OfficialTallyRecord => ({
  ...latest,
  id: `tally-${as_of}`,
  as_of,
  documents: 40,
});

// The fixture's ten agreements of standardisation scope, by hand (see measured-from-counts.test.ts): din
// 2006-05-23 v, din 2016 s, afnor 2015-06 v, kebs 2017-05-14 v, multi 2017-05-14 u, asean 2019-11 v, iso
// undated s (no later than 2011-07-20), kebs 2020-01 v, din 2020-01 v, afnor 2021 v. On or before the end of
// 2016: din 2006, afnor 2015 (v), din 2016, iso (s): 2 / 4 / 4. Of 2019: + kebs 2017, asean (v), multi (u):
// 4 / 6 / 7. By June 2021: + kebs 2020, din 2020 (v), and afnor 2021 (v), which straddles the tally and which
// the indicator counts on or before it (the upper bound; the tallies' ranges come from elsewhere): 7 / 9 / 10.
// Of 2023 (the latest, 108 documents): 7 / 9 / 10.
/** Partner rows in one order (the grouped queries give them in any). */
const inOrder = (rows: readonly PartnerCount[]) =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

// Not in the order of their dates: each tally gets its own rows whatever the order.
const expected: [OfficialTallyRecord, [number, number, number]][] = [
  [at('2019-12'), [4 / 40, 6 / 40, 7 / 40]],
  [latest, [7 / 108, 9 / 108, 10 / 108]],
  [at('2016-12'), [2 / 40, 4 / 40, 4 / 40]],
  [at('2021-06'), [7 / 40, 9 / 40, 10 / 40]],
];

describe.each(databases)('the coverage count rows against several tallies on $dialect', (database) => {
  const testDb = useTestDb(database);
  beforeEach(async () => {
    const imported = await importDataset(testDb().db, FIXTURE, { actor: 't', now: new Date() });
    expect(imported.ok).toBe(true);
  });

  it('reads what does not depend on the tally once, and gives each tally the rows counted against it', async () => {
    const filter = DEFAULT_INDICATOR_FILTER;
    const needs = countNeeds('coverage');
    const tallies = expected.map(([tally]) => tally);
    const rows = await readCountRowsAgainst(testDb().db, FIXTURE.version, filter, needs, tallies);
    expect(rows.map((row) => row.tally?.id)).toEqual(tallies.map((tally) => tally.id));
    for (const [[tally, documents], counted] of expected.map((entry, at) => [entry, rows[at]] as const)) {
      if (counted === undefined) throw new Error(`no rows for ${tally.id}`);
      const one = await readCountRows(testDb().db, FIXTURE.version, filter, null, needs, tally);
      expect({ ...counted, partners: inOrder(counted.partners) }).toEqual({
        ...one,
        partners: inOrder(one.partners),
      });
      const result = countedIndicator('coverage', getIndicator('coverage').unit, filter, null, counted);
      expect(result.tally?.id).toBe(tally.id);
      const { verified, verified_single, all } = result.total.values;
      expect([verified.value, verified_single.value, all.value]).toEqual(documents);
    }
    // The partners on or before each end differ (DEU and FRA by 2016; KEN and ASEAN later), the rest is shared.
    const [, ofLatest, of2016] = rows;
    expect(inOrder(of2016?.partners ?? [])).not.toEqual(inOrder(ofLatest?.partners ?? []));
    expect(of2016?.placements).toBe(ofLatest?.placements);
  });

  it('reads nothing for no tally', async () => {
    const needs = countNeeds('coverage');
    expect(
      await readCountRowsAgainst(testDb().db, FIXTURE.version, DEFAULT_INDICATOR_FILTER, needs, []),
    ).toEqual([]);
  });
});
