import { comparedWithData, DEFAULT_INDICATOR_FILTER, INDICATORS, type IndicatorResult } from '@sco/core';
import { indicatorMemoKey, loadTallies } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestKeys } from '../auth/test-support/test-keys.js';
import { newAgreement } from '../edits/test-support/new-agreement.js';
import { buildId } from '../http/build-id.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { CountWarmer } from './count-warmer.js';
import { indicatorPairs } from './indicator-pairs.js';

const RESULT_KEYS = new Set(
  indicatorPairs().map(({ id, groupBy }) => indicatorMemoKey(id, DEFAULT_INDICATOR_FILTER, groupBy)),
);

describe('the pairs computed ahead', () => {
  it('are the catalogue by its default breakdowns first, then every other breakdown of each', () => {
    const pairs = indicatorPairs();
    expect(pairs).toHaveLength(77);
    expect(RESULT_KEYS.size).toBe(77);
    expect(pairs.slice(0, INDICATORS.length)).toEqual(
      INDICATORS.map((indicator) => ({ id: indicator.id, groupBy: indicator.default_group_by })),
    );
  });
});

describe.each(await testDatabases())('computing the indicators ahead on $dialect', (database) => {
  let t: TestApp;
  let warmer: CountWarmer | undefined;
  const kept = async (release: string, kind: string) =>
    (
      await t.db.db
        .selectFrom('release_memos')
        .select(['key', 'generation', 'value'])
        .where('release_id', '=', release)
        .execute()
    ).filter((memo) => (JSON.parse(memo.key) as { kind: string }).kind === kind);
  beforeAll(async () => {
    t = await openTestApp(database, {}, (db) => {
      warmer = new CountWarmer({ db, logger: pino({ level: 'silent' }), generation: buildId() });
      return { warmer };
    });
  });
  afterAll(async () => {
    await warmer?.close();
    await t.dispose();
  });
  /** The results of a release: every pair, and the coverage against each cumulative tally with a count. */
  const resultKeys = async (release: string) => {
    const tallies = (await loadTallies(t.db.db, release)).filter(comparedWithData);
    expect(tallies).toHaveLength(4);
    return new Set([
      ...RESULT_KEYS,
      ...tallies.map((tally) => indicatorMemoKey('coverage', DEFAULT_INDICATOR_FILTER, null, tally.id)),
    ]);
  };

  it('keeps every result of the latest release at start, and the API then serves them', async () => {
    warmer?.warmLatest(new Date());
    await warmer?.idle();
    const results = await kept(t.dataset.version, 'indicator_result');
    expect(new Set(results.map((m) => m.key))).toEqual(await resultKeys(t.dataset.version));
    expect(new Set(results.map((m) => m.generation))).toEqual(new Set([buildId()]));
    // The count rows behind the 77 pairs, shared by the results with the same rows: 16 queries.
    expect(await kept(t.dataset.version, 'count_rows')).toHaveLength(16);
    // The API serves what is kept: a result doctored to one agreement fewer shows in the body.
    const before = await request(t.app).get('/v1/indicators/agreements?group_by=none').expect(200);
    const total = before.body.total.values.all.value as number;
    const key = indicatorMemoKey('agreements', DEFAULT_INDICATOR_FILTER, null);
    const memo = results.find((m) => m.key === key);
    const result = JSON.parse(memo?.value ?? 'null') as IndicatorResult;
    const all = { ...result.total.values.all, value: total - 1 };
    const doctored = { ...result, total: { ...result.total, values: { ...result.total.values, all } } };
    await t.db.db
      .updateTable('release_memos')
      .set({ value: JSON.stringify(doctored) })
      .where('key', '=', key)
      .execute();
    // Another URL (the response cache keeps the first body), the same filter.
    const after = await request(t.app)
      .get('/v1/indicators/agreements?group_by=none&include_adjacent=false')
      .expect(200);
    expect(after.body.total.values.all.value).toBe(total - 1);
  });

  it('computes a release cut through the app ahead', async () => {
    const keys = await createTestKeys(t.db);
    await request(t.app)
      .post('/v1/agreements')
      .set(bearer(keys.editor))
      .send(newAgreement('warm-2025'))
      .expect(201);
    await request(t.app)
      .post('/v1/releases')
      .set(bearer(keys.admin))
      .send({ id: '1.0.1', notes: 'One more agreement' })
      .expect(201);
    await warmer?.idle();
    expect(new Set((await kept('1.0.1', 'indicator_result')).map((m) => m.key))).toEqual(
      await resultKeys('1.0.1'),
    );
  });
});
