import { subjectOf } from '@sco/briefs';
import type { z } from '../openapi/zod.js';
import type { BriefJob } from './brief-job.js';
import { briefFileName } from './brief-file-name.js';
import type { briefJobSchema } from './briefs.schemas.js';

export const BRIEFS_PATH = '/v1/briefs';

export function jobPath(id: string): string {
  return `${BRIEFS_PATH}/${id}`;
}

const between = (from: string | null, to: string | null) =>
  from === null || to === null ? null : Math.max(0, Date.parse(to) - Date.parse(from));

/** A job as the API shows it. */
export function jobBody(job: BriefJob): z.output<typeof briefJobSchema> {
  const { request } = job;
  return {
    id: job.id,
    href: jobPath(job.id),
    status: job.status,
    request: {
      template: request.template,
      subject: subjectOf(request),
      lang: request.lang,
      paper: request.paper,
      length: request.length,
      release: request.release,
    },
    step: job.step,
    progress: job.progress,
    queue_position: job.queuePosition,
    attempts: job.attempts,
    created_at: job.createdAt,
    started_at: job.startedAt,
    finished_at: job.finishedAt,
    timings: {
      queued_ms: between(job.createdAt, job.startedAt),
      render_ms: between(job.startedAt, job.finishedAt),
      steps: { ...job.steps },
    },
    pages: job.pages,
    bytes: job.bytes,
    file_name: briefFileName(request),
    pdf: job.status === 'done' ? `${jobPath(job.id)}/pdf` : null,
    problem: job.problem,
  };
}
