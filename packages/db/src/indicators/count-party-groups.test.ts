import { indicatorFilterSchema, type GroupCount, type IndicatorFilterInput } from '@sco/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../import/import-dataset.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { countPartyGroups } from './count-party-groups.js';

const RELEASE = FIXTURE.version;

/** A row of the expected counts: key, year, type, framing, verification, count. */
type Row = [string, number | null, string, string, string, number];

const sorted = (rows: readonly GroupCount[]): Row[] =>
  rows
    .map((r): Row => [r.key, r.signed_year, r.type, r.bri_framing, r.verification, r.count])
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const byHand = (rows: Row[]): Row[] =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

// The fixture's partners: din (DEU) and afnor (FRA) are national standards bodies of Europe (150), kebs
// (KEN) one of Africa (002); accsq is ASEAN's regional standards organisation (142), iso-cs ISO's
// international organisation (global). The metrology agreement (samr-kebs) is of an adjacent scope.
describe.each(databases)('countPartyGroups on $dialect', (database) => {
  const testDb = useTestDb(database);
  beforeEach(async () => {
    const imported = await importDataset(testDb().db, FIXTURE, { actor: 't', now: new Date() });
    expect(imported.ok).toBe(true);
  });

  const count = (input: IndicatorFilterInput, groupBy: 'region' | 'partner_kind') =>
    countPartyGroups(testDb().db, RELEASE, indicatorFilterSchema.parse(input), groupBy);

  it('counts an agreement once in each region of its partners (sac-multi-2017: two in 150, one in 002)', async () => {
    expect(sorted(await count({}, 'region'))).toEqual(
      byHand([
        ['150', 2006, 'mou', 'none', 'verified', 1],
        ['150', 2016, 'joint_initiative', 'contextual', 'single_source', 1],
        ['150', 2015, 'cooperation_agreement', 'none', 'verified', 1],
        ['150', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['150', 2020, 'action_plan', 'none', 'verified', 1],
        ['150', 2021, 'mou', 'none', 'verified', 1],
        ['002', 2017, 'mou', 'explicit', 'verified', 1],
        ['002', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['002', 2020, 'action_plan', 'none', 'verified', 1],
        ['142', 2019, 'cooperation_commission', 'none', 'verified', 1],
        ['global', null, 'standards_sales', 'none', 'single_source', 1],
      ]),
    );
  });

  it('counts by the kind of the partner institution, adjacent scopes when asked for, every year', async () => {
    // The year range is core's to apply (undated agreements are counted apart): every year is here.
    expect(sorted(await count({ include_adjacent: true, year_from: 2017 }, 'partner_kind'))).toEqual(
      byHand([
        // sac-kebs-2020 and sac-din-2020 share every column: one row of two.
        ['national_standards_body', 2020, 'action_plan', 'none', 'verified', 2],
        ['national_standards_body', 2017, 'mou', 'explicit', 'verified', 1],
        ['national_standards_body', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['national_standards_body', 2018, 'mou', 'none', 'verified', 1],
        ['national_standards_body', 2021, 'mou', 'none', 'verified', 1],
        ['national_standards_body', 2006, 'mou', 'none', 'verified', 1],
        ['national_standards_body', 2016, 'joint_initiative', 'contextual', 'single_source', 1],
        ['national_standards_body', 2015, 'cooperation_agreement', 'none', 'verified', 1],
        ['regional_standards_organisation', 2019, 'cooperation_commission', 'none', 'verified', 1],
        ['international_organisation', null, 'standards_sales', 'none', 'single_source', 1],
      ]),
    );
  });

  it('checks each party against the partner filter: only the partners that pass make the groups', async () => {
    // Partner DEU: din's agreements, sac-multi-2017 in Europe only (afnor and kebs do not pass).
    expect(sorted(await count({ partner: ['DEU'] }, 'region'))).toEqual(
      byHand([
        ['150', 2006, 'mou', 'none', 'verified', 1],
        ['150', 2016, 'joint_initiative', 'contextual', 'single_source', 1],
        ['150', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['150', 2020, 'action_plan', 'none', 'verified', 1],
      ]),
    );
    // Region Africa or Asia: kebs's and accsq's agreements.
    expect(
      sorted(
        await count({ region: ['002', '142'], type: ['mou', 'cooperation_commission'] }, 'partner_kind'),
      ),
    ).toEqual(
      byHand([
        ['national_standards_body', 2017, 'mou', 'explicit', 'verified', 1],
        ['regional_standards_organisation', 2019, 'cooperation_commission', 'none', 'verified', 1],
      ]),
    );
    expect(await count({ partner: ['BRA'] }, 'region')).toEqual([]);
  });

  it('checks partner with region, and the partner kind, on the same party', async () => {
    // KEN is in Africa: sac-multi-2017 has partners in Europe, but not KEN's party.
    expect(await count({ partner: ['KEN'], region: ['150'] }, 'region')).toEqual([]);
    // DEU and KEN in Europe: din's agreements alone.
    expect(sorted(await count({ partner: ['DEU', 'KEN'], region: ['150'] }, 'partner_kind'))).toEqual(
      byHand([
        ['national_standards_body', 2006, 'mou', 'none', 'verified', 1],
        ['national_standards_body', 2016, 'joint_initiative', 'contextual', 'single_source', 1],
        ['national_standards_body', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['national_standards_body', 2020, 'action_plan', 'none', 'verified', 1],
      ]),
    );
    // National standards bodies of Africa or Asia: kebs's agreements (accsq is a regional organisation).
    expect(
      sorted(await count({ partner_kind: ['national_standards_body'], region: ['002', '142'] }, 'region')),
    ).toEqual(
      byHand([
        ['002', 2017, 'mou', 'explicit', 'verified', 1],
        ['002', 2017, 'joint_initiative', 'explicit', 'unverified', 1],
        ['002', 2020, 'action_plan', 'none', 'verified', 1],
      ]),
    );
    expect(
      sorted(
        await count(
          { partner_kind: ['international_organisation', 'regional_standards_organisation'] },
          'partner_kind',
        ),
      ),
    ).toEqual(
      byHand([
        ['regional_standards_organisation', 2019, 'cooperation_commission', 'none', 'verified', 1],
        ['international_organisation', null, 'standards_sales', 'none', 'single_source', 1],
      ]),
    );
  });
});
