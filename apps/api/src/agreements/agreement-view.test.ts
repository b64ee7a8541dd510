import { assembleAgreements, assembleTallies, type Dataset } from '@sco/core';
import { loadDataset } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadContext } from '../reading/read-context.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { agreementDetail } from './agreement-detail.service.js';
import { agreementIndex } from './agreement-index.js';
import { agreementView } from './agreement-view.js';

/** The release as the test app imports it. */
function releaseContext(dataset: Dataset): ReadContext {
  return {
    kind: 'release',
    partition: dataset.version,
    release: {
      id: dataset.version,
      published_at: '2026-11-28T12:00:00.000Z',
      notes: '',
      published_by: 'test',
    },
    pinned: true,
  };
}

describe.each(await testDatabases())('one agreement read by key on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('gives every agreement of the real data the detail the whole assembled release gives it', async () => {
    const stored = await loadDataset(t.db.db, t.dataset.version);
    const loaded = {
      dataset: stored,
      agreements: assembleAgreements(stored),
      tallies: assembleTallies(stored),
    };
    const whole = agreementIndex(loaded);
    const withLineage = loaded.agreements.filter(
      (a) => a.relations.length > 0 || whole.incoming.has(a.id),
    ).length;
    expect(withLineage).toBeGreaterThan(0);
    for (const expected of loaded.agreements) {
      const view = await agreementView(t.db, releaseContext(t.dataset), expected.id);
      expect(view).toBeDefined();
      if (!view) continue;
      expect(agreementDetail(view.agreement, view.index, 1, [], 'en')).toEqual(
        agreementDetail(expected, whole, 1, [], 'en'),
      );
    }
  });

  it('finds no agreement that the release does not hold', async () => {
    expect(await agreementView(t.db, releaseContext(t.dataset), 'no-such-agreement')).toBeUndefined();
  });
});
