import { setTimeout as delay } from 'node:timers/promises';
import type { Express } from 'express';
import request from 'supertest';
import { bearer } from '../../auth/test-support/test-keys.js';
import type { z } from '../../openapi/zod.js';
import { briefJobSchema } from '../briefs.schemas.js';

export type JobBody = z.output<typeof briefJobSchema>;

/** A job as GET /v1/briefs/{id} gives it, checked against its schema. */
export async function getJob(app: Express, token: string, id: string): Promise<JobBody> {
  const res = await request(app).get(`/v1/briefs/${id}`).set(bearer(token)).expect(200);
  return briefJobSchema.parse(res.body);
}

/**
 * Polls a job, as a client does, until it is done or failed (or `until` says so first), and gives every
 * state seen on the way. Fails after `timeoutMs`.
 */
export async function followJob(
  app: Express,
  token: string,
  id: string,
  options: { readonly until?: (job: JobBody) => boolean; readonly timeoutMs?: number } = {},
): Promise<{ readonly job: JobBody; readonly seen: readonly JobBody[] }> {
  const { until = () => false, timeoutMs = 120_000 } = options;
  const deadline = Date.now() + timeoutMs;
  const seen: JobBody[] = [];
  for (;;) {
    const job = await getJob(app, token, id);
    seen.push(job);
    if (job.status === 'done' || job.status === 'failed' || until(job)) return { job, seen };
    if (Date.now() > deadline) {
      throw new Error(`brief job ${id} still ${job.status} after ${timeoutMs} ms: ${JSON.stringify(job)}`);
    }
    await delay(25);
  }
}
