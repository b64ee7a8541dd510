import request from 'supertest';
import { z } from 'zod';
import { BODY_LIMIT } from '../../app.js';
import { bearer } from '../../auth/test-support/test-keys.js';
import { UNKNOWN_JOB } from './every-operation-probes.js';
import type { ProbeContext, ProbeGroup } from './probe.js';

/** A small brief: the ICS field 35 (information technology), in English. */
export const CONTRACT_BRIEF = { template: 'sector', subject: '35', lang: 'en' } as const;
const PDF = 'application/pdf';
const job = z.object({ id: z.string(), status: z.string() });
const oversized = () => 'x'.repeat(Number.parseInt(BODY_LIMIT, 10) * 1024);

/**
 * The host the probes reach the API at: a brief prints its permalink on the origin it was asked for at, so
 * the same brief asked at another origin (supertest's port changes with each request) is another brief.
 */
const HOST = 'observatory.example';

function post({ app }: ProbeContext, token: string | null) {
  const test = request(app).post('/v1/briefs').set('Host', HOST).set('Accept', 'application/json');
  return token === null ? test : test.set(bearer(token));
}

function get({ app }: ProbeContext, path: string, token: string | null, accept = 'application/json') {
  const test = request(app).get(path).set('Host', HOST).set('Accept', accept);
  return token === null ? test : test.set(bearer(token));
}

/** The started job's id (the createBrief probes ran first). */
function startedJob(context: ProbeContext): string {
  const { briefJob } = context.state;
  if (briefJob === null) throw new Error('the createBrief probes started no brief job');
  return briefJob;
}

/**
 * Brief jobs, rendered for real: started (202), followed to done (every state it passes through checked),
 * asked for again (200, the same job), downloaded (200 and 304), and every refusal along the way.
 */
export const briefProbes: readonly ProbeGroup[] = [
  {
    operationId: 'createBrief',
    run: async (context) => {
      const { session, keys, state } = context;
      const op = 'createBrief';
      const started = job.parse(await session.json(op, post(context, keys.editor).send(CONTRACT_BRIEF), 202));
      state.briefJob = started.id;
      // Its PDF is not there while it renders.
      const early = get(context, `/v1/briefs/${started.id}/pdf`, keys.editor, PDF);
      await session.send('getBriefPdf', early, 409);
      const malformed = post(context, keys.editor).set('Content-Type', 'application/json');
      await session.send(op, malformed.send('{"template": '), 400);
      await session.send(op, post(context, keys.editor).send({ template: 'overview', lang: 'de' }), 400);
      await session.send(op, post(context, null).send(CONTRACT_BRIEF), 401);
      const huge = { ...CONTRACT_BRIEF, subject: oversized() };
      await session.send(op, post(context, keys.editor).send(huge), 413);
      const text = post(context, keys.editor).set('Content-Type', 'text/plain');
      await session.send(op, text.send('template=overview'), 415);
      const unknownPartner = { template: 'partner', subject: 'XYZ', lang: 'en' };
      await session.send(op, post(context, keys.editor).send(unknownPartner), 422);
      const unknownRelease = { ...CONTRACT_BRIEF, release: '9.9.9' };
      await session.send(op, post(context, keys.editor).send(unknownRelease), 422);
    },
  },
  {
    operationId: 'getBrief',
    run: async (context) => {
      const { session, keys } = context;
      const op = 'getBrief';
      const id = startedJob(context);
      // Followed as a client does, until done: every state on the way is checked against the document.
      const deadline = Date.now() + 120_000;
      let status = 'queued';
      while (status !== 'done' && status !== 'failed' && Date.now() < deadline) {
        status = job.parse(await session.json(op, get(context, `/v1/briefs/${id}`, keys.editor), 200)).status;
      }
      if (status !== 'done') throw new Error(`the contract's brief job ended ${status}`);
      await session.send(op, get(context, `/v1/briefs/${id}`, keys.admin), 200);
      await session.send('createBrief', post(context, keys.editor).send(CONTRACT_BRIEF), 200);
      await session.send(op, get(context, '/v1/briefs/not-a-job', keys.editor), 400);
      await session.send(op, get(context, `/v1/briefs/${id}`, null), 401);
      await session.send(op, get(context, `/v1/briefs/${UNKNOWN_JOB}`, keys.editor), 404);
      await session.send(op, get(context, `/v1/briefs/${id}`, keys.editor2), 404);
      await session.send(op, get(context, `/v1/briefs/${id}`, keys.editor, 'text/html'), 406);
    },
  },
  {
    operationId: 'getBriefPdf',
    run: async (context) => {
      const { session, keys } = context;
      const op = 'getBriefPdf';
      const path = `/v1/briefs/${startedJob(context)}/pdf`;
      const pdf = await session.send(op, get(context, path, keys.editor, PDF), 200);
      const etag = get(context, path, keys.editor, PDF).set('If-None-Match', pdf.headers['etag'] ?? '');
      await session.send(op, etag, 304);
      await session.send(op, get(context, '/v1/briefs/not-a-job/pdf', keys.editor, PDF), 400);
      await session.send(op, get(context, path, null, PDF), 401);
      await session.send(op, get(context, `/v1/briefs/${UNKNOWN_JOB}/pdf`, keys.editor, PDF), 404);
      await session.send(op, get(context, path, keys.editor, 'text/html'), 406);
    },
  },
  {
    operationId: 'getBriefByPermalink',
    run: async (context) => {
      const { session } = context;
      const op = 'getBriefByPermalink';
      // Opened without a key: the contract's brief, rendered by now, is its PDF; another brief is started.
      const path = `/v1/briefs/pdf?${new URLSearchParams(CONTRACT_BRIEF).toString()}`;
      const pdf = await session.send(op, get(context, path, null, PDF), 200);
      const etag = get(context, path, null, PDF).set('If-None-Match', pdf.headers['etag'] ?? '');
      await session.send(op, etag, 304);
      await session.send(op, get(context, path.replace('lang=en', 'lang=fr'), null), 202);
      await session.send(op, get(context, '/v1/briefs/pdf?template=overview&lang=de', null), 400);
      await session.send(op, get(context, '/v1/briefs/pdf?template=partner&subject=XYZ&lang=en', null), 422);
      await session.send(op, get(context, path, null, 'text/csv'), 406);
    },
  },
  {
    operationId: 'listBriefs',
    run: async (context) => {
      const { session, keys } = context;
      const op = 'listBriefs';
      await session.send(op, get(context, '/v1/briefs', keys.editor), 200);
      await session.send(op, get(context, '/v1/briefs?limit=1', keys.admin), 200);
      await session.send(op, get(context, '/v1/briefs', keys.editor2), 200);
      await session.send(op, get(context, '/v1/briefs?limit=0', keys.editor), 400);
      await session.send(op, get(context, '/v1/briefs', null), 401);
      await session.send(op, get(context, '/v1/briefs', keys.editor, 'text/csv'), 406);
    },
  },
];
