import { assembleAgreements, assembleTallies, listTallies, type Lang, type TallyQuery } from '@sco/core';
import { latestRelease, loadDataset } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetCache } from '../reading/dataset-cache.js';
import type { ReadContext } from '../reading/read-context.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { readTallies } from './tallies.service.js';

describe.each(await testDatabases())('/v1/tallies of a release not held whole, on $dialect', (database) => {
  let t: TestApp;
  let context: ReadContext;

  beforeAll(async () => {
    t = await openTestApp(database);
    const release = await latestRelease(t.db.db);
    if (!release) throw new Error('the test app has no release');
    context = { kind: 'release', partition: release.id, release, pinned: true };
  });
  afterAll(async () => {
    await t.dispose();
  });

  const queries: TallyQuery[] = (['en', 'fr', 'zh'] as Lang[]).flatMap((lang) => [
    { lang },
    { lang, series: 'cumulative' },
  ]);

  it.each(queries)('is the body core presents from the whole release ($lang, $series)', async (query) => {
    const dataset = await loadDataset(t.db.db, context.partition);
    const whole = listTallies(
      { agreements: assembleAgreements(dataset), tallies: assembleTallies(dataset) },
      query,
    );
    const datasets = new DatasetCache(t.db);
    const counted = await readTallies(t.db, datasets, context, query);
    // Counted: the release was not assembled for it.
    expect(datasets.holds(context)).toBe(false);
    expect(counted).toEqual(whole);
    // Four cumulative claims with a document count are compared with the data (the landing page's four rows).
    expect(counted.filter((tally) => tally.coverage !== null)).toHaveLength(4);
  });

  it('presents a release held whole from its agreements, with the same body', async () => {
    const datasets = new DatasetCache(t.db);
    const counted = await readTallies(t.db, datasets, context, { lang: 'en' });
    await datasets.get(context);
    expect(datasets.holds(context)).toBe(true);
    expect(await readTallies(t.db, datasets, context, { lang: 'en' })).toEqual(counted);
  });
});
