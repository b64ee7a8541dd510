import { hardTotal } from '@sco/core';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerProfileSchema } from '../partners/partners.schemas.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

describe.each(await testDatabases())(
  'hard connectivity in GET /v1/partners/{code} on $dialect',
  (database) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(database);
    });
    afterAll(async () => {
      await t.dispose();
    });

    it("gives Germany's series per year, oldest first, with the tracker's citation", async () => {
      const res = await request(t.app).get('/v1/partners/DEU').expect(200);
      expect(partnerProfileSchema.safeParse(res.body).error).toBeUndefined();
      const rows = t.dataset.tables.hard_connectivity
        .filter((row) => row.partner === 'DEU')
        .sort((a, b) => a.year - b.year);
      const hard = res.body.hard_connectivity as {
        series: { year: number; total_usd_m: number }[];
        total_usd_m: number;
        sources: { citation: string }[];
        href: string;
      };
      expect(hard.series.map((y) => [y.year, y.total_usd_m])).toEqual(
        rows.map((r) => [r.year, hardTotal(r)]),
      );
      expect(hard.total_usd_m).toBe(rows.reduce((sum, r) => sum + hardTotal(r), 0));
      expect(hard.sources.map((s) => s.citation)).toEqual([rows[0]?.source_citation]);
      expect(hard.href).toBe('/v1/hard-connectivity?partner=DEU');
    });

    it('answers a country with Chinese investment and no agreement, with no agreements', async () => {
      expect(t.dataset.tables.hard_connectivity.some((row) => row.partner === 'AGO')).toBe(true);
      const res = await request(t.app).get('/v1/partners/AGO?lang=fr').expect(200);
      expect(partnerProfileSchema.safeParse(res.body).error).toBeUndefined();
      expect(res.body.partner).toMatchObject({ code: 'AGO', name: 'Angola', region: '002' });
      expect(res.body.agreements).toEqual([]);
      expect(res.body.partner.agreements.headline.count).toBe(0);
      expect(res.body.hard_connectivity.series.length).toBeGreaterThan(0);
    });

    it('still answers 404 for a country with neither', async () => {
      expect(t.dataset.tables.hard_connectivity.some((row) => row.partner === 'ISL')).toBe(false);
      const res = await request(t.app).get('/v1/partners/ISL').expect(404);
      expect(res.body.detail).toContain('Iceland');
    });
  },
);
