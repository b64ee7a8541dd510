import {
  assembleAgreements,
  assembleTallies,
  findIndicator,
  indicatorFilterSchema,
  INDICATORS,
  isCountable,
  type GroupBy,
  type IndicatorFilterInput,
} from '@sco/core';
import { roundedValues } from '@sco/core/testing';
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
  // The partner filters on one party: partner with region (as a widget with both attributes sends them),
  // partner kind, and both.
  { partner: ['DEU', 'KEN', 'ASEAN'], region: ['150', '142'] },
  { partner: ['KAZ', 'RUS'], region: ['150'], year_from: 2012 },
  { partner: ['PAK'], region: ['142'], type: ['mou', 'cooperation_agreement'], year_to: 2023 },
  { partner_kind: ['national_standards_body'] },
  { partner_kind: ['government_ministry', 'regional_standards_organisation'], include_adjacent: true },
  { partner_kind: ['government_ministry'], partner: ['RUS', 'KAZ'], sector: ['35', '03'] },
  { partner_kind: ['national_standards_body'], region: ['150', '002'], bri: ['explicit', 'contextual'] },
];
/** Every indicator with each of its breakdowns (no breakdown included): all computed from counts. */
const PAIRS: Readonly<Record<string, readonly (GroupBy | null)[]>> = Object.fromEntries(
  INDICATORS.map((indicator) => [indicator.id, [null, ...indicator.group_bys]]),
);

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
    for (const [id, groupBys] of Object.entries(PAIRS)) {
      const indicator = findIndicator(id);
      if (!indicator) throw new Error(`no indicator ${id}`);
      for (const input of FILTERS) {
        const filter = indicatorFilterSchema.parse(input);
        for (const groupBy of groupBys) {
          expect(isCountable(id, groupBy)).toBe(true);
          const request = { indicator, filter, groupBy, lang: 'en' as const };
          const fromCounts = await readIndicatorValues(t.db, request, context);
          // The HHIs sum the same squared shares in another order: equal to 12 significant digits.
          const expected = roundedValues(indicatorValuesBody(request, data, context));
          expect(roundedValues(fromCounts), `${id} by ${groupBy} ${JSON.stringify(input)}`).toEqual(expected);
          // Read again, the result comes from the release's memo (kept as JSON): the same body.
          const kept = await readIndicatorValues(t.db, request, context);
          expect(roundedValues(kept), `kept: ${id} by ${groupBy} ${JSON.stringify(input)}`).toEqual(expected);
          if (fromCounts.total.values.all.value !== 0) counted += 1;
        }
      }
    }
    expect(counted).toBeGreaterThan(900);
  }, 180_000);

  it('count every indicator of the catalogue with each of its breakdowns: none needs the release', () => {
    const pairs = Object.entries(PAIRS).flatMap(([id, groupBys]) =>
      groupBys.map((groupBy) => ({ id, groupBy })),
    );
    expect(pairs).toHaveLength(77);
    expect(pairs.filter(({ id, groupBy }) => !isCountable(id, groupBy))).toEqual([]);
  });
});
