import { indicatorFilterSchema, type GroupCount, type IndicatorFilterInput } from '@sco/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../import/import-dataset.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { countSectorGroups } from './count-sector-groups.js';

/** A row of the expected counts: sector, year, type, framing, verification, count. */
type Row = [string, number | null, string, string, string, number];

const order = (rows: Row[]): Row[] =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const sorted = (rows: readonly GroupCount[]): Row[] =>
  order(rows.map((r): Row => [r.key, r.signed_year, r.type, r.bri_framing, r.verification, r.count]));

// The fixture's sectors: sac-din-2006 01 and 29, sac-din-2016 35, sac-afnor-2015 91, sac-kebs-2017 93,
// sac-multi-2017 35 and 93 (partners din, afnor, kebs), the metrology agreement (adjacent scope) 17, the
// five others none. din (DEU) and afnor (FRA) are in Europe (150), kebs (KEN) in Africa (002); accsq
// (ASEAN) is a regional standards organisation, iso-cs an international organisation, the others national
// standards bodies.
describe.each(databases)('countSectorGroups on $dialect', (database) => {
  const testDb = useTestDb(database);
  beforeEach(async () => {
    const imported = await importDataset(testDb().db, FIXTURE, { actor: 't', now: new Date() });
    expect(imported.ok).toBe(true);
  });

  const count = async (input: IndicatorFilterInput) =>
    sorted(await countSectorGroups(testDb().db, FIXTURE.version, indicatorFilterSchema.parse(input)));

  it('counts an agreement once in each of its sectors, and those that name none in "none"', async () => {
    expect(await count({})).toEqual(
      order([
        ['01', 2006, 'mou', 'none', 'verified', 1],
        ['29', 2006, 'mou', 'none', 'verified', 1],
        ['35', 2016, 'joint_initiative', 'contextual', 'single_source', 1],
        ['35', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['91', 2015, 'cooperation_agreement', 'none', 'verified', 1],
        ['93', 2017, 'mou', 'explicit', 'verified', 1],
        ['93', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['none', 2019, 'cooperation_commission', 'none', 'verified', 1],
        ['none', null, 'standards_sales', 'none', 'single_source', 1],
        // sac-kebs-2020 and sac-din-2020 share every column: one row of two.
        ['none', 2020, 'action_plan', 'none', 'verified', 2],
        ['none', 2021, 'mou', 'none', 'verified', 1],
      ]),
    );
  });

  it('keeps only the sectors the filter asks for, with the other filters and adjacent scopes', async () => {
    expect(await count({ sector: ['93', '35', '17'], include_adjacent: true, partner: ['KEN'] })).toEqual(
      order([
        ['17', 2018, 'mou', 'none', 'verified', 1],
        ['35', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['93', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['93', 2017, 'mou', 'explicit', 'verified', 1],
      ]),
    );
    expect(await count({ sector: ['29'], year_to: 2005 })).toEqual([
      ['29', 2006, 'mou', 'none', 'verified', 1],
    ]);
    expect(await count({ sector: ['03'] })).toEqual([]);
  });

  it('checks the partner filters on one partner party: partner with region, and partner kind', async () => {
    // KEN is in Africa: sac-multi-2017 has partners in Europe, but not KEN's party.
    expect(await count({ partner: ['KEN'], region: ['150'] })).toEqual([]);
    expect(await count({ partner: ['DEU', 'KEN'], region: ['002'] })).toEqual(
      order([
        ['35', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['93', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['93', 2017, 'mou', 'explicit', 'verified', 1],
        ['none', 2020, 'action_plan', 'none', 'verified', 1],
      ]),
    );
    expect(
      await count({ partner_kind: ['regional_standards_organisation', 'international_organisation'] }),
    ).toEqual(
      order([
        ['none', 2019, 'cooperation_commission', 'none', 'verified', 1],
        ['none', null, 'standards_sales', 'none', 'single_source', 1],
      ]),
    );
    // afnor's agreements; the year range is core's to apply.
    expect(
      await count({ partner_kind: ['national_standards_body'], partner: ['FRA'], year_from: 2016 }),
    ).toEqual(
      order([
        ['35', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['91', 2015, 'cooperation_agreement', 'none', 'verified', 1],
        ['93', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['none', 2021, 'mou', 'none', 'verified', 1],
      ]),
    );
    expect(await count({ partner_kind: ['company'] })).toEqual([]);
  });
});
