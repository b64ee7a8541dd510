import type { Release } from '@sco/core';
import { loadCoverageInputs, latestRelease } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { DatasetCache } from './dataset-cache.js';

describe.each(await testDatabases())('the coverage inputs of a release on $dialect', (database) => {
  let t: TestApp;
  let latest: Release;
  let release: string;

  beforeAll(async () => {
    t = await openTestApp(database);
    const found = await latestRelease(t.db.db);
    if (!found) throw new Error('the test app has no release');
    latest = found;
    release = found.id;
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('are read narrow when the release is not held whole, and kept', async () => {
    const cache = new DatasetCache(t.db);
    const inputs = await cache.coverageInputs(release);
    // Narrow: the five fields and the partners' codes, not assembled agreements.
    expect(Object.keys(inputs[0] ?? {}).sort()).toEqual([
      'partners',
      'scope',
      'signed_date',
      'signed_no_later_than',
      'verification',
    ]);
    expect(inputs).toEqual(await loadCoverageInputs(t.db.db, release));
    // Kept: the same array, so that core's coverage worked out for it is kept with it too.
    expect(await cache.coverageInputs(release)).toBe(inputs);
  });

  it('are the assembled agreements when the release is held whole', async () => {
    const cache = new DatasetCache(t.db);
    const whole = await cache.get({
      kind: 'release',
      partition: release,
      release: latest,
      pinned: true,
    });
    expect(await cache.coverageInputs(release)).toBe(whole.agreements);
  });

  it('keep two releases at most', async () => {
    const cache = new DatasetCache(t.db);
    const first = await cache.coverageInputs(release);
    await cache.coverageInputs('8.8.8');
    await cache.coverageInputs('9.9.9');
    // The first was dropped: read again, an equal array but not the same one.
    const again = await cache.coverageInputs(release);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    await expect(cache.coverageInputs('not a release')).rejects.toThrow(/not a release/);
  });
});
