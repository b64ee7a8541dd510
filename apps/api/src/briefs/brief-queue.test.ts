import { loadBriefData, parseBriefRequest } from '@sco/briefs';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../auth/test-support/test-keys.js';
import type { Principal } from '../http/principal.js';
import { briefJobSchema } from './briefs.schemas.js';
import { BRIEF_HOST, openBriefTestApp, type BriefTestApp } from './test-support/brief-test-app.js';
import { followJob } from './test-support/follow-job.js';

/** Three different small briefs: the ICS field 35 in English and French on A4, in English on Letter. */
const BRIEFS = [
  { template: 'sector', subject: '35', lang: 'en', paper: 'a4' },
  { template: 'sector', subject: '35', lang: 'fr', paper: 'a4' },
  { template: 'sector', subject: '35', lang: 'en', paper: 'letter' },
] as const;

describe.each(await testDatabases())('a full brief queue on $dialect', (database) => {
  let b: BriefTestApp;

  beforeAll(async () => {
    // One brief rendered at a time, one waiting: a third is one too many.
    b = await openBriefTestApp(database, { concurrency: 1, queueSize: 1 });
  });
  afterAll(async () => {
    await b.dispose();
  });

  it('answers 429 with Retry-After beyond the queue, renders what it took, and goes on serving', async () => {
    const { app } = b.t;
    const token = b.keys.communications;
    const ask = (index: 0 | 1 | 2) =>
      request(app).post('/v1/briefs').set('Host', BRIEF_HOST).set(bearer(token)).send(BRIEFS[index]);

    const running = briefJobSchema.parse((await ask(0).expect(202)).body);
    const waiting = briefJobSchema.parse((await ask(1).expect(202)).body);
    expect(running.status).toBe('rendering');
    expect(waiting).toMatchObject({ status: 'queued', queue_position: 1, step: null, progress: 0 });

    const refused = await ask(2).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(refused.body).toMatchObject({
      type: '/docs/problems/renderer-busy',
      status: 429,
      detail: expect.stringContaining('1 rendering and 1 waiting'),
    });
    // Several at once are all refused; a brief already taken is answered with its job, not refused.
    const burst = await Promise.all([ask(2), ask(2), ask(2)]);
    expect(burst.map((res) => res.status)).toEqual([429, 429, 429]);
    const same = await ask(1).expect(202);
    expect(same.body.id).toBe(waiting.id);
    // The refused briefs left no job behind, and the API goes on answering.
    const listed = await request(app).get('/v1/briefs').set(bearer(token)).expect(200);
    expect(listed.body.total).toBe(2);
    await request(app).get('/healthz').expect(200);

    const done = await Promise.all(
      [running, waiting].map(async ({ id }) => (await followJob(app, token, id)).job),
    );
    expect(done.map((job) => [job.status, job.attempts])).toEqual([
      ['done', 1],
      ['done', 1],
    ]);
    // With room again, the brief refused before is taken and rendered.
    const later = briefJobSchema.parse((await ask(2).expect(202)).body);
    expect((await followJob(app, token, later.id)).job.status).toBe('done');
    expect(b.briefs.rendererStats()).toMatchObject({ running: 0, queued: 0, rendered: 3, launches: 1 });
  });

  it('renders a brief once for two who ask for it at the same moment', async () => {
    const data = await loadBriefData(b.t.db.db);
    const asker = (keyId: string): Principal => ({ keyId, name: keyId, role: 'communications' });
    const request = parseBriefRequest({ template: 'sector', subject: '35', lang: 'zh' });
    const [first, second] = await Promise.all([
      b.briefs.submit(request, data, asker('one')),
      b.briefs.submit(request, data, asker('two')),
    ]);
    expect(first.existing).toBe(false);
    expect(second).toEqual({ job: first.job, existing: true });
    expect(Object.keys(first.job.requesters).sort()).toEqual(['one', 'two']);
    expect((await followJob(b.t.app, b.keys.admin, first.job.id)).job.status).toBe('done');
    expect(b.briefs.rendererStats()).toMatchObject({ rendered: 4, launches: 1 });
  });
});
