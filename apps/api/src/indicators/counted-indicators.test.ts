import {
  assembleAgreements,
  assembleTallies,
  findIndicator,
  indicatorFilterSchema,
  isCountable,
  type GroupBy,
  type IndicatorFilterInput,
} from '@sco/core';
import { loadDataset } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadContext } from '../reading/read-context.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { indicatorValuesBody, readIndicatorValues } from './indicators.service.js';

/** Filters of every kind the grouped counts serve, alone and together, on the real data. */
const FILTERS: readonly IndicatorFilterInput[] = [
  {},
  { include_adjacent: true },
  { year_from: 2010, year_to: 2020 },
  { year_from: 2015 },
  { year_to: 2012, include_adjacent: true },
  { type: ['mou', 'joint_initiative'] },
  { scope: ['metrology', 'standardisation'] },
  { bri: ['explicit', 'contextual'] },
  { partner: ['DEU'] },
  { partner: ['RUS', 'KAZ', 'ASEAN'], year_from: 2014 },
  { region: ['150'] },
  { region: ['142', '002'], include_adjacent: true },
  { sector: ['35', '45', '93'] },
  { sector: ['01'], bri: ['unknown', 'none'], year_to: 2030 },
];
/** The counted indicators with every breakdown they are counted with. */
const COUNTED: Readonly<Record<string, readonly (GroupBy | null)[]>> = {
  agreements: [null, 'year', 'type', 'region', 'partner_kind'],
  agreements_cumulative: [null, 'year'],
  bri_share: [null, 'year', 'type', 'region', 'partner_kind'],
};

describe.each(await testDatabases())('indicators from grouped counts on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('give every counted indicator the values the assembled release gives, filter by filter', async () => {
    const stored = await loadDataset(t.db.db, t.dataset.version);
    const data = { agreements: assembleAgreements(stored), tallies: assembleTallies(stored) };
    const context: ReadContext = {
      kind: 'release',
      partition: t.dataset.version,
      release: {
        id: t.dataset.version,
        published_at: '2026-11-28T12:00:00.000Z',
        notes: '',
        published_by: 't',
      },
      pinned: true,
    };
    let counted = 0;
    for (const [id, groupBys] of Object.entries(COUNTED)) {
      const indicator = findIndicator(id);
      if (!indicator) throw new Error(`no indicator ${id}`);
      for (const input of FILTERS) {
        const filter = indicatorFilterSchema.parse(input);
        for (const groupBy of groupBys) {
          expect(isCountable(id, filter, groupBy)).toBe(true);
          const request = { indicator, filter, groupBy, lang: 'en' as const };
          const fromCounts = await readIndicatorValues(t.db, request, context, () => {
            throw new Error('the counted path must not load the release');
          });
          expect(fromCounts).toEqual(indicatorValuesBody(request, data, context));
          if (fromCounts.total.values.all.value !== 0) counted += 1;
        }
      }
    }
    expect(counted).toBeGreaterThan(100);
  });

  it('leave per-party filters and other breakdowns to the assembled release', () => {
    const both = indicatorFilterSchema.parse({ partner: ['DEU'], region: ['150'] });
    const kind = indicatorFilterSchema.parse({ partner_kind: ['national_standards_body'] });
    const plain = indicatorFilterSchema.parse({});
    expect(isCountable('agreements', both, null)).toBe(false);
    expect(isCountable('agreements', kind, null)).toBe(false);
    expect(isCountable('agreements', plain, 'sector')).toBe(false);
    expect(isCountable('agreements_cumulative', plain, 'type')).toBe(false);
    expect(isCountable('partners', plain, null)).toBe(false);
  });
});
