import { describe, expect, it } from 'vitest';
import { writePartition } from '../dataset/write-partition.js';
import { DRAFT } from '../partition/partition.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { partnerAgreementStats } from './partner-agreement-stats.js';

const stats = (count: number, first: string | null, latest: string | null, undated: number) => ({
  count,
  first_signed: first,
  latest_signed: latest,
  undated,
});

describe.each(databases)('partnerAgreementStats on $dialect', (database) => {
  const testDb = useTestDb(database);

  it('counts each partner jurisdiction’s agreements by scope with their first and latest dates, by hand', async () => {
    const { db } = testDb();
    await writePartition(db, DRAFT, FIXTURE);
    // From the fixture's parties: DEU (din) in sac-din-2006, sac-din-2016, sac-multi-2017, sac-din-2020;
    // FRA (afnor) in sac-afnor-2015, sac-multi-2017, sac-afnor-2021; KEN (kebs) in sac-kebs-2017,
    // sac-multi-2017, sac-kebs-2020 and the metrology agreement of 2018-09-03 (adjacent scope); ASEAN
    // (accsq) in sac-asean-2019; ISO (iso-cs) in the undated sac-iso-sales.
    expect(await partnerAgreementStats(db, DRAFT)).toEqual([
      {
        code: 'ASEAN',
        headline: stats(1, '2019-11', '2019-11', 0),
        with_adjacent: stats(1, '2019-11', '2019-11', 0),
      },
      {
        code: 'DEU',
        headline: stats(4, '2006-05-23', '2020-01', 0),
        with_adjacent: stats(4, '2006-05-23', '2020-01', 0),
      },
      {
        code: 'FRA',
        headline: stats(3, '2015-06', '2021', 0),
        with_adjacent: stats(3, '2015-06', '2021', 0),
      },
      { code: 'ISO', headline: stats(1, null, null, 1), with_adjacent: stats(1, null, null, 1) },
      {
        code: 'KEN',
        headline: stats(3, '2017-05-14', '2020-01', 0),
        with_adjacent: stats(4, '2017-05-14', '2020-01', 0),
      },
    ]);
  });

  it('counts an agreement once for a jurisdiction two of its partner institutions share, a coarser date first', async () => {
    const { db } = testDb();
    const t = FIXTURE.tables;
    const din = t.institutions.find((institution) => institution.id === 'din');
    if (din === undefined) throw new Error('the fixture has DIN');
    await writePartition(db, DRAFT, {
      ...FIXTURE,
      tables: {
        ...t,
        institutions: [...t.institutions, { ...din, id: 'dke', acronym: 'DKE', name_en: 'DKE' }],
        // DKE (Germany too) joins sac-din-2020; a year-only date "2006" comes before "2006-05-23" inside it.
        parties: [...t.parties, { agreement_id: 'sac-din-2020', institution_id: 'dke', side: 'partner' }],
        agreements: t.agreements.map((a) => (a.id === 'sac-din-2016' ? { ...a, signed_date: '2006' } : a)),
      },
    });
    const deu = (await partnerAgreementStats(db, DRAFT)).find((row) => row.code === 'DEU');
    expect(deu).toEqual({
      code: 'DEU',
      headline: stats(4, '2006', '2020-01', 0),
      with_adjacent: stats(4, '2006', '2020-01', 0),
    });
  });
});
