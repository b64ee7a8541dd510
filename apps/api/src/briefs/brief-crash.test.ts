import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../auth/test-support/test-keys.js';
import { briefJobSchema } from './briefs.schemas.js';
import { BRIEF_HOST, openBriefTestApp, type BriefTestApp } from './test-support/brief-test-app.js';
import { rawResponse } from '../test-support/raw-response.js';
import { followJob, type JobBody } from './test-support/follow-job.js';
import { pdfText } from './test-support/pdf-text.js';

const SECTOR = { template: 'sector', subject: '35', lang: 'en', paper: 'a4' } as const;

/** A step during which the page is in the browser, with the printing still to come. */
const inBrowser = (job: JobBody) =>
  job.status === 'rendering' && (job.step === 'load' || job.step === 'fonts' || job.step === 'layout');

describe.each(await testDatabases())('a brief whose browser crashes on $dialect', (database) => {
  let b: BriefTestApp;

  beforeAll(async () => {
    b = await openBriefTestApp(database);
  });
  afterAll(async () => {
    await b.dispose();
  });

  /** Kills the renderer's browser (SIGKILL) once the job is rendering in it; gives the pid killed. */
  const killDuring = async (id: string, attempt: number): Promise<number> => {
    const { job } = await followJob(b.t.app, b.keys.communications, id, {
      until: (state) => inBrowser(state) && state.attempts === attempt,
    });
    expect({ status: job.status, attempts: job.attempts }).toEqual({
      status: 'rendering',
      attempts: attempt,
    });
    const pid = b.briefs.rendererStats()?.browserPid ?? null;
    if (pid === null) throw new Error('the renderer has no browser process while it renders');
    process.kill(pid, 'SIGKILL');
    return pid;
  };

  it('renders the brief again on a fresh browser: the job is retried, done, and records its attempts', async () => {
    const { app } = b.t;
    const token = b.keys.communications;
    const created = briefJobSchema.parse(
      (
        await request(app)
          .post('/v1/briefs')
          .set('Host', BRIEF_HOST)
          .set(bearer(token))
          .send(SECTOR)
          .expect(202)
      ).body,
    );
    const killed = await killDuring(created.id, 1);

    const { job, seen } = await followJob(app, token, created.id);
    expect(job).toMatchObject({ status: 'done', attempts: 2, progress: 1, problem: null });
    expect(seen.some((state) => state.status === 'rendering' && state.attempts === 2)).toBe(true);
    const progress = seen.map((state) => state.progress);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    const stats = b.briefs.rendererStats();
    expect(stats).toMatchObject({ launches: 2, running: 0, queued: 0 });
    expect(stats?.browserPid).not.toBe(killed);

    const pdf = await rawResponse(request(app).get(`${job.href}/pdf`).set(bearer(token)));
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await pdfText(pdf.body)).pages).toBe(job.pages);
  });

  it('fails the job when the retry crashes too, and renders the brief anew when it is asked again', async () => {
    const { app } = b.t;
    const token = b.keys.communications;
    const brief = { ...SECTOR, lang: 'fr' };
    const created = briefJobSchema.parse(
      (
        await request(app)
          .post('/v1/briefs')
          .set('Host', BRIEF_HOST)
          .set(bearer(token))
          .send(brief)
          .expect(202)
      ).body,
    );
    await killDuring(created.id, 1);
    await killDuring(created.id, 2);
    const { job } = await followJob(app, token, created.id);
    expect(job).toMatchObject({ status: 'failed', attempts: 2, pdf: null });
    expect(job.problem).toEqual({
      type: '/docs/problems/internal-error',
      title: 'Brief failed',
      status: 500,
      detail: 'The render failed; the cause is in the server log',
    });
    const pdf = await request(app).get(`${job.href}/pdf`).set(bearer(token)).expect(409);
    expect(pdf.body.job_status).toBe('failed');

    // A failed brief is not kept as the answer: asked again, it is rendered again, on a fresh browser.
    const again = briefJobSchema.parse(
      (
        await request(app)
          .post('/v1/briefs')
          .set('Host', BRIEF_HOST)
          .set(bearer(token))
          .send(brief)
          .expect(202)
      ).body,
    );
    expect(again.id).not.toBe(created.id);
    expect((await followJob(app, token, again.id)).job).toMatchObject({ status: 'done', attempts: 1 });
  });
});
