import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../auth/test-support/test-keys.js';
import { briefJobListSchema, briefJobSchema } from './briefs.schemas.js';
import {
  BRIEF_HOST,
  openBriefTestApp,
  testBriefJobs,
  type BriefTestApp,
} from './test-support/brief-test-app.js';
import { rawResponse } from '../test-support/raw-response.js';
import { followJob, getJob } from './test-support/follow-job.js';

const SECTOR = { template: 'sector', subject: '35', lang: 'en', paper: 'a4' } as const;

/** A restart is new brief jobs (a new process) on the state folder the jobs before it kept. */
describe.each(await testDatabases())('brief jobs across a restart on $dialect', (database) => {
  let b: BriefTestApp;

  beforeAll(async () => {
    b = await openBriefTestApp(database);
  });
  afterAll(async () => {
    await b.dispose();
  });

  it('keeps its jobs: new jobs on the same state folder list the brief, serve its PDF and reuse it', async () => {
    const token = b.keys.communications;
    const created = briefJobSchema.parse(
      (
        await request(b.t.app)
          .post('/v1/briefs')
          .set('Host', BRIEF_HOST)
          .set(bearer(token))
          .send(SECTOR)
          .expect(202)
      ).body,
    );
    const { job: first } = await followJob(b.t.app, token, created.id);
    expect(first.status).toBe('done');
    const firstPdf = await rawResponse(request(b.t.app).get(`${first.href}/pdf`).set(bearer(token)));

    const restarted = testBriefJobs(b.stateDir);
    try {
      const app = b.appWith(restarted);
      const listed = await request(app).get('/v1/briefs').set(bearer(token)).expect(200);
      const kept = briefJobListSchema.parse(listed.body).items.find((job) => job.id === first.id);
      expect(kept).toEqual(first);
      const pdf = await rawResponse(request(app).get(`${first.href}/pdf`).set(bearer(token)));
      expect(pdf.status).toBe(200);
      expect(pdf.body.equals(firstPdf.body)).toBe(true);
      expect(pdf.headers['etag']).toBe(firstPdf.headers['etag']);
      const again = await request(app)
        .post('/v1/briefs')
        .set('Host', BRIEF_HOST)
        .set(bearer(token))
        .send(SECTOR);
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(first.id);
      // Nothing needed Chromium.
      expect(restarted.rendererStats()).toBeNull();
    } finally {
      await restarted.close();
    }
  });

  it('fails a brief the API stops while rendering as interrupted, and renders it anew after a restart', async () => {
    const token = b.keys.communications;
    const brief = { template: 'sector', subject: '35', lang: 'zh' };
    const stopping = testBriefJobs(b.stateDir);
    const before = b.appWith(stopping);
    const created = briefJobSchema.parse(
      (
        await request(before)
          .post('/v1/briefs')
          .set('Host', BRIEF_HOST)
          .set(bearer(token))
          .send(brief)
          .expect(202)
      ).body,
    );
    await followJob(before, token, created.id, { until: (job) => job.status === 'rendering' });
    await stopping.close();
    const interrupted = {
      status: 'failed',
      pdf: null,
      problem: expect.objectContaining({ type: '/docs/problems/brief-interrupted', status: 503 }),
    };
    expect(await getJob(before, token, created.id)).toMatchObject(interrupted);
    await request(before)
      .post('/v1/briefs')
      .set('Host', BRIEF_HOST)
      .set(bearer(token))
      .send(brief)
      .expect(503);

    const restarted = testBriefJobs(b.stateDir);
    try {
      const after = b.appWith(restarted);
      expect(await getJob(after, token, created.id)).toMatchObject(interrupted);
      const again = briefJobSchema.parse(
        (
          await request(after)
            .post('/v1/briefs')
            .set('Host', BRIEF_HOST)
            .set(bearer(token))
            .send(brief)
            .expect(202)
        ).body,
      );
      expect(again.id).not.toBe(created.id);
      expect((await followJob(after, token, again.id)).job.status).toBe('done');
    } finally {
      await restarted.close();
    }
  });
});
