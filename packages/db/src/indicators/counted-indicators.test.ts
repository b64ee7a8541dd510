import {
  countedIndicator,
  countNeeds,
  getIndicator,
  indicatorFilterSchema,
  type GroupBy,
  type IndicatorFilterInput,
} from '@sco/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../import/import-dataset.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { readCountRows } from './read-count-rows.js';

/** verified / verified + single-source / all, as [verified, verified_single, all]. */
type Bases = [number, number, number];

// The fixture's ten agreements of standardisation scope, by hand (v: verified, s: single-source,
// u: unverified), with their sectors: din 2006 v (01, 29), din 2016 s (35), afnor 2015 v (91), kebs 2017 v
// (93), multi 2017 u (35, 93; din, afnor, kebs), asean 2019 v, iso undated s, kebs 2020 v, din 2020 v,
// afnor 2021 v (the last five name no sector). DEU and FRA are in Europe (150), KEN in Africa (002),
// ASEAN in Asia (142), ISO global. accsq (ASEAN) is a regional standards organisation, iso-cs an
// international organisation, the others are national standards bodies. Framing: din 2016 contextual,
// kebs 2017 and multi 2017 explicit, the others none.
describe.each(databases)('counted indicators from grouped SQL on $dialect', (database) => {
  const testDb = useTestDb(database);
  beforeEach(async () => {
    const imported = await importDataset(testDb().db, FIXTURE, { actor: 't', now: new Date() });
    expect(imported.ok).toBe(true);
  });

  async function figures(id: string, input: IndicatorFilterInput, groupBy: GroupBy | null) {
    const { db } = testDb();
    const filter = indicatorFilterSchema.parse(input);
    const rows = await readCountRows(db, FIXTURE.version, filter, groupBy, countNeeds(id));
    const result = countedIndicator(id, getIndicator(id).unit, filter, groupBy, rows);
    const bases = (values: (typeof result)['total']['values']): Bases => [
      values.verified.value ?? -1,
      values.verified_single.value ?? -1,
      values.all.value ?? -1,
    ];
    return {
      total: bases(result.total.values),
      groups: Object.fromEntries(result.groups.map((group) => [group.key, bases(group.values)])),
      keys: result.groups.map((group) => group.key),
      excluded_undated: result.excluded_undated,
    };
  }

  it('agreements by region: each agreement once per region of its partners, regions in M49 order', async () => {
    const byRegion = await figures('agreements', {}, 'region');
    expect(byRegion.total).toEqual([7, 9, 10]);
    expect(byRegion.keys).toEqual(['002', '142', '150', 'global']);
    expect(byRegion.groups).toEqual({
      '002': [2, 2, 3],
      '142': [1, 1, 1],
      '150': [4, 5, 6],
      global: [0, 1, 1],
    });
    const ranged = await figures('agreements', { year_from: 2017, partner: ['KEN', 'DEU'] }, 'region');
    expect(ranged.groups).toEqual({ '002': [2, 2, 3], '150': [1, 1, 2] });
    expect(ranged.total).toEqual([3, 3, 4]);
  });

  it('agreements by partner kind, and BRI share by region', async () => {
    const byKind = await figures('agreements', {}, 'partner_kind');
    expect(byKind.keys).toEqual([
      'national_standards_body',
      'regional_standards_organisation',
      'international_organisation',
    ]);
    expect(byKind.groups).toEqual({
      national_standards_body: [6, 7, 8],
      regional_standards_organisation: [1, 1, 1],
      international_organisation: [0, 1, 1],
    });
    // Framed (explicit or contextual) among the agreements of known framing, a share: Africa has
    // kebs 2017 (explicit, v), multi 2017 (explicit, u) and kebs 2020 (none, v).
    const briByRegion = await figures('bri_share', { region: ['002'] }, 'region');
    expect(briByRegion.groups).toEqual({ '002': [1 / 2, 1 / 2, 2 / 3] });
  });

  it('agreements cumulative: every agreement signed in or before each year, undated apart', async () => {
    const series = await figures('agreements_cumulative', {}, 'year');
    expect(series.total).toEqual([7, 9, 10]);
    expect(series.groups).toMatchObject({
      '2006': [1, 1, 1],
      '2014': [1, 1, 1],
      '2015': [2, 2, 2],
      '2016': [2, 3, 3],
      '2017': [3, 4, 5],
      '2019': [4, 5, 6],
      '2020': [6, 7, 8],
      '2021': [7, 8, 9],
      undated: [0, 1, 1],
    });
    expect(series.keys).toHaveLength(2021 - 2006 + 1 + 1);
    const ranged = await figures('agreements_cumulative', { year_from: 2016, year_to: 2019 }, 'year');
    expect(ranged.groups).toEqual({
      '2016': [0, 1, 1],
      '2017': [1, 2, 3],
      '2018': [1, 2, 3],
      '2019': [2, 3, 4],
    });
    expect(ranged.excluded_undated).toEqual({ verified: 0, verified_single: 1, all: 1 });
  });

  it('agreements and BRI share by sector: each agreement once in each of its sectors, "none" last', async () => {
    const bySector = await figures('agreements', {}, 'sector');
    expect(bySector.total).toEqual([7, 9, 10]);
    expect(bySector.keys).toEqual(['01', '29', '35', '91', '93', 'none']);
    expect(bySector.groups).toEqual({
      '01': [1, 1, 1],
      '29': [1, 1, 1],
      '35': [0, 1, 2],
      '91': [1, 1, 1],
      '93': [1, 1, 2],
      none: [4, 5, 5],
    });
    const asked = await figures('agreements', { sector: ['93', '35'], year_from: 2017 }, 'sector');
    expect(asked.groups).toEqual({ '35': [0, 0, 1], '93': [1, 1, 2] });
    expect(asked.total).toEqual([1, 1, 2]);
    expect(asked.excluded_undated).toEqual({ verified: 0, verified_single: 0, all: 0 });
    // Framed among known framing; no verified agreement in sector 35 (-1: no value).
    const bri = await figures('bri_share', {}, 'sector');
    expect(bri.groups).toMatchObject({ '35': [-1, 1, 1], '93': [1, 1, 1], none: [0, 0, 0], '01': [0, 0, 0] });
  });

  it('partner with region on the same party, by sector, type and region', async () => {
    // DEU or KEN, in Africa: KEN's party only (kebs 2017, multi 2017, kebs 2020).
    const filter: IndicatorFilterInput = { partner: ['DEU', 'KEN'], region: ['002'] };
    const bySector = await figures('agreements', filter, 'sector');
    expect(bySector.total).toEqual([2, 2, 3]);
    expect(bySector.groups).toEqual({ '35': [0, 0, 1], '93': [1, 1, 2], none: [1, 1, 1] });
    const byRegion = await figures('agreements', filter, 'region');
    expect(byRegion.groups).toEqual({ '002': [2, 2, 3] });
    // multi 2017 has a partner in Europe, but KEN's party is in Africa: nothing passes.
    const none = await figures('agreements', { partner: ['KEN'], region: ['150'] }, 'type');
    expect(none.total).toEqual([0, 0, 0]);
    expect(none.groups).toEqual({});
  });

  it('partner kind: agreements with a partner of the kind, each group narrowed to those partners', async () => {
    const byType = await figures(
      'agreements',
      { partner_kind: ['national_standards_body'], year_from: 2017 },
      'type',
    );
    expect(byType.keys).toEqual(['mou', 'joint_initiative', 'action_plan']);
    expect(byType.groups).toEqual({ mou: [2, 2, 2], joint_initiative: [0, 0, 1], action_plan: [2, 2, 2] });
    expect(byType.total).toEqual([4, 4, 5]);
    const others: IndicatorFilterInput = {
      partner_kind: ['regional_standards_organisation', 'international_organisation'],
    };
    expect((await figures('agreements', others, null)).total).toEqual([1, 2, 2]);
    expect((await figures('agreements', others, 'region')).groups).toEqual({
      '142': [1, 1, 1],
      global: [0, 1, 1],
    });
    // afnor's agreements from 2016: multi 2017 u (explicit), afnor 2021 v (none).
    const bri = await figures(
      'bri_share',
      { partner_kind: ['national_standards_body'], partner: ['FRA'], year_from: 2016 },
      'year',
    );
    expect(bri.total).toEqual([0, 0, 1 / 2]);
    expect(bri.groups).toMatchObject({ '2017': [-1, -1, 1], '2021': [0, 0, 0] });
    expect(bri.keys).toEqual(['2016', '2017', '2018', '2019', '2020', '2021']);
  });
});
