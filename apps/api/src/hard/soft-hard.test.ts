import { HARD_CAVEATS } from '@sco/core';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { softHardSchema } from './soft-hard.schemas.js';

interface QuadrantBody {
  quadrant: string;
  partners: { partner: string; agreements: number; hard_usd_m: number }[];
}

describe.each(await testDatabases())('GET /v1/indicators/soft-hard on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('gives ρ for both measures × three bases × two populations, each with its interval and p-value', async () => {
    const res = await request(t.app).get('/v1/indicators/soft-hard').expect(200);
    expect(softHardSchema.safeParse(res.body).error).toBeUndefined();
    const correlations = res.body.correlations as {
      basis: string;
      population: string;
      measure: string;
      rho: number;
      low: number;
      high: number;
      p_value: number;
      n: number;
      resamples: number;
    }[];
    expect(correlations).toHaveLength(12);
    expect(new Set(correlations.map((c) => `${c.basis} ${c.population} ${c.measure}`)).size).toBe(12);
    for (const c of correlations) {
      expect(c.low).toBeLessThanOrEqual(c.rho);
      expect(c.high).toBeGreaterThanOrEqual(c.rho);
      expect(c.p_value).toBeGreaterThan(0);
      expect(c.resamples).toBeGreaterThanOrEqual(2000);
    }
    const count = (basis: string, population: string) =>
      correlations.find((c) => c.basis === basis && c.population === population && c.measure === 'agreements')
        ?.n;
    expect(count('all', 'all_partners')).toBe(153);
    // fewer partners have a verified agreement than any agreement
    expect(count('verified', 'with_agreement')).toBeLessThan(count('all', 'with_agreement') ?? 0);
    expect(res.body.sources[0].citation).toContain('China Global Investment Tracker');
  });

  it('lists every partner in exactly one quadrant, on the right side of the stated medians', async () => {
    const res = await request(t.app).get('/v1/indicators/soft-hard?basis=verified').expect(200);
    const {
      quadrants,
      soft_cut: softCut,
      hard_cut: hardCut,
      n,
    } = res.body.quadrants as {
      quadrants: QuadrantBody[];
      soft_cut: number;
      hard_cut: number;
      n: number;
    };
    const all = quadrants.flatMap((q) => q.partners.map((p) => p.partner));
    expect(all).toHaveLength(n);
    expect(new Set(all).size).toBe(153);
    for (const q of quadrants)
      for (const p of q.partners) {
        expect(q.quadrant.startsWith(p.agreements > softCut ? 'high_soft' : 'low_soft')).toBe(true);
        expect(q.quadrant.endsWith(p.hard_usd_m > hardCut ? 'high_hard' : 'low_hard')).toBe(true);
      }
    expect(res.body.quadrants.cut_points).toContain('median');
    const sequence = res.body.sequence as {
      basis: string;
      n: number;
      after: number;
      same_year: number;
      before: number;
      partners: unknown[];
    };
    expect(sequence.basis).toBe('verified');
    expect(sequence.after + sequence.same_year + sequence.before).toBe(sequence.n);
    expect(sequence.partners).toHaveLength(sequence.n);
  });

  it('states its caveats in the language asked for', async () => {
    const res = await request(t.app).get('/v1/indicators/soft-hard?lang=fr').expect(200);
    expect(res.body.caveats).toEqual(HARD_CAVEATS.map((caveat) => caveat.fr));
    expect(res.body.quadrants.quadrants[0].label).toBe('Beaucoup d’accords, beaucoup d’investissements');
  });

  it('refuses an unknown basis with a 400 naming it', async () => {
    const res = await request(t.app).get('/v1/indicators/soft-hard?basis=most').expect(400);
    expect(res.body.errors[0]).toMatchObject({ name: 'basis', in: 'query' });
  });
});
