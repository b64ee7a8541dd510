import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestKeys } from '../auth/test-support/test-keys.js';
import { newAgreement } from '../edits/test-support/new-agreement.js';
import { importNextRelease, NEXT_VERSION } from '../releases/test-support/next-release.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { ReleaseLookup } from './release-lookup.js';

describe.each(await testDatabases())('the release lookup of reads on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('trusts the latest release for its time, and looks again after it or when told to', async () => {
    let now = 0;
    const lookup = new ReleaseLookup(t.db, 1000, () => now);
    const forgetting = new ReleaseLookup(t.db, 60_000, () => now);
    const exact = new ReleaseLookup(t.db, 0, () => now);
    expect((await lookup.latest())?.id).toBe(t.dataset.version);
    expect((await forgetting.latest())?.id).toBe(t.dataset.version);
    await importNextRelease(t);
    now = 999;
    expect((await lookup.latest())?.id).toBe(t.dataset.version);
    expect((await forgetting.latest())?.id).toBe(t.dataset.version);
    expect((await exact.latest())?.id).toBe(NEXT_VERSION);
    now = 1000;
    expect((await lookup.latest())?.id).toBe(NEXT_VERSION);
    expect((await forgetting.latest())?.id).toBe(t.dataset.version);
    forgetting.forgetLatest();
    expect((await forgetting.latest())?.id).toBe(NEXT_VERSION);
  });

  it('knows the latest release without waiting once it has it, within the trust period only', async () => {
    let now = 0;
    const lookup = new ReleaseLookup(t.db, 1000, () => now);
    expect(lookup.latestKnown()).toBeNull();
    const asked = lookup.latest();
    expect(lookup.latestKnown()).toBeNull();
    const latest = (await asked)?.id;
    expect(latest).toBeDefined();
    expect(lookup.latestKnown()?.release?.id).toBe(latest);
    now = 999;
    expect(lookup.latestKnown()?.release?.id).toBe(latest);
    now = 1000;
    expect(lookup.latestKnown()).toBeNull();
    lookup.forgetLatest();
    expect(lookup.latestKnown()).toBeNull();
    // Asked on every read: never known ahead.
    const exact = new ReleaseLookup(t.db, 0, () => now);
    await exact.latest();
    expect(exact.latestKnown()).toBeNull();
  });

  it('keeps a release found by id, and not an id it did not find', async () => {
    const lookup = new ReleaseLookup(t.db, 0);
    expect(await lookup.byId('9.9.9')).toBeUndefined();
    const found = await lookup.byId(t.dataset.version);
    expect(found?.id).toBe(t.dataset.version);
    expect(await lookup.byId(t.dataset.version)).toBe(found);
  });
});

describe.each(await testDatabases())('an app that trusts the latest release on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database, { latestReleaseTtlMs: 60_000 });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('serves a release cut through it at once, one imported behind its back only once the time is up', async () => {
    const keys = await createTestKeys(t.db);
    const latest = async () =>
      (await request(t.app).get('/v1/releases').expect(200)).body.release.id as string;
    expect(await latest()).toBe(t.dataset.version);
    await request(t.app)
      .post('/v1/agreements')
      .set(bearer(keys.editor))
      .send(newAgreement('trust-2025'))
      .expect(201);
    await request(t.app)
      .post('/v1/releases')
      .set(bearer(keys.admin))
      .send({ id: '1.0.1', notes: 'One more agreement' })
      .expect(201);
    expect(await latest()).toBe('1.0.1');
    const list = await request(t.app).get('/v1/agreements?q=trust-2025').expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual(['trust-2025']);
    // `sco db import` from another process: this app trusts what it looked up for 60 s.
    await importNextRelease(t);
    expect(await latest()).toBe('1.0.1');
  });
});

describe.each(await testDatabases())('the exact release lookup on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('with no trust period, gives each read a lookup begun after it, shared by the reads that wait for it', async () => {
    const exact = new ReleaseLookup(t.db, 0);
    const first = exact.latest();
    // Under way: the next reads wait for a lookup of their own, begun when this one ends, and share it.
    const second = exact.latest();
    const third = exact.latest();
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    const before = (await first)?.id;
    expect((await second)?.id).toBe(before);
    // A release committed since: every read that comes after it sees it.
    await importNextRelease(t);
    const fourth = exact.latest();
    const fifth = exact.latest();
    expect(fifth).not.toBe(fourth);
    expect([(await fourth)?.id, (await fifth)?.id]).toEqual([NEXT_VERSION, NEXT_VERSION]);
    expect((await exact.latest())?.id).toBe(NEXT_VERSION);
  });
});
