import { DRAFT, getAgreement, latestRelease, saveAgreement } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadContext } from '../reading/read-context.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { agreementHistory } from './agreement-history.js';

describe.each(await testDatabases())('agreementHistory on $dialect', (database) => {
  let t: TestApp;
  let release: ReadContext;
  beforeAll(async () => {
    t = await openTestApp(database);
    const latest = await latestRelease(t.db.db);
    if (!latest) throw new Error('the test app has no release');
    release = { kind: 'release', partition: latest.id, release: latest, pinned: false };
    const stored = await getAgreement(t.db.db, DRAFT, 'sac-din-2006');
    if (!stored) throw new Error('sac-din-2006 is missing');
    await saveAgreement(
      t.db.db,
      { ...stored.aggregate, status: 'in_force', notes: 'Renewed' },
      { actor: 'editor', now: new Date('2026-12-02T10:00:00Z'), expectedVersion: stored.version },
    );
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('gives the draft every change, unreleased ones included, oldest first', async () => {
    const draft: ReadContext = { kind: 'draft', partition: DRAFT, revision: 0, base: null };
    const history = await agreementHistory(t.db, 'sac-din-2006', draft);
    expect(history.map((h) => [h.action, h.field, h.release_id])).toEqual([
      ['created', null, t.dataset.version],
      ['updated', 'notes', null],
      ['updated', 'status', null],
    ]);
    expect(history[2]).toMatchObject({ old_value: 'unknown', new_value: 'in_force', actor: 'editor' });
    expect(history.map((h) => h.id)).toEqual([...history.map((h) => h.id)].sort((a, b) => a - b));
  });

  it('gives a release only the changes released in it or earlier', async () => {
    const history = await agreementHistory(t.db, 'sac-din-2006', release);
    expect(history.map((h) => h.action)).toEqual(['created']);
  });

  it('gives an empty history for an id that never existed', async () => {
    expect(await agreementHistory(t.db, 'sac-nowhere-2099', release)).toEqual([]);
  });
});
