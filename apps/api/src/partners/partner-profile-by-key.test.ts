import { assembleAgreements, assembleTallies } from '@sco/core';
import { loadDataset } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpProblem } from '../http/problem.js';
import type { LoadedDataset } from '../reading/dataset-cache.js';
import type { ReadContext } from '../reading/read-context.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { loadPartnerData, partnerProfile } from './partner-profile.service.js';

describe.each(await testDatabases())('a partner profile without the release on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('is the profile the assembled release gives, for every partner, in both scopes and languages', async () => {
    const dataset = await loadDataset(t.db.db, t.dataset.version);
    const whole = { dataset, agreements: assembleAgreements(dataset), tallies: assembleTallies(dataset) };
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
    const partners = new Set(whole.agreements.flatMap((agreement) => agreement.partners.map((p) => p.code)));
    const invested = dataset.tables.hard_connectivity.map((row) => row.partner);
    const hardOnly = invested.filter((code) => !partners.has(code));
    expect(partners.size).toBeGreaterThan(40);
    expect(hardOnly.length).toBeGreaterThan(0);
    const codes = [...partners, ...new Set(hardOnly)];
    let withAgreements = 0;
    for (const code of codes) {
      const part = await loadPartnerData(t.db, context, code);
      expect(part.agreements.length).toBeLessThan(whole.agreements.length);
      for (const includeAdjacent of [false, true]) {
        const request = { code, lang: includeAdjacent ? ('fr' as const) : ('en' as const), includeAdjacent };
        const profile = partnerProfile(part, request, context);
        expect(profile, code).toEqual(partnerProfile(whole, request, context));
        if (profile.agreements.length > 0) withAgreements += 1;
      }
    }
    expect(withAgreements).toBeGreaterThan(80);
  }, 120_000);

  it('answers the same 404 for China and for unknown codes', async () => {
    const dataset = await loadDataset(t.db.db, t.dataset.version);
    const whole = { dataset, agreements: assembleAgreements(dataset), tallies: [] };
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
    for (const code of ['CHN', 'XXX', 'QQQ']) {
      const request = { code, lang: 'en' as const, includeAdjacent: false };
      const part = await loadPartnerData(t.db, context, code);
      expect(part.agreements).toEqual([]);
      const detail = (data: LoadedDataset) => {
        try {
          partnerProfile(data, request, context);
          return 'found';
        } catch (error) {
          if (!(error instanceof HttpProblem)) throw error;
          return `${error.status} ${error.message} ${JSON.stringify(error.extensions)}`;
        }
      };
      const expected = detail(whole);
      expect(expected).not.toBe('found');
      expect(detail(part)).toEqual(expected);
    }
  });
});
