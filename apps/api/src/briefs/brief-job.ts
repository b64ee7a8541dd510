import type { BriefRequest, BriefStep, StepTimings } from '@sco/briefs';

/** Where a brief job is: waiting for the renderer, rendering, finished with a PDF, or failed. */
export const BRIEF_JOB_STATUSES = ['queued', 'rendering', 'done', 'failed'] as const;
export type BriefJobStatus = (typeof BRIEF_JOB_STATUSES)[number];

/** Why a job failed, as problem details (RFC 9457) without the request-specific members. */
export interface JobProblem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
}

/**
 * One brief: a request for a release, rendered once and shared by everyone who asks for the same brief
 * (the cache key), kept with its PDF once done.
 */
export interface BriefJob {
  readonly id: string;
  /** Release + template + parameters: identical requests share the job. */
  readonly key: string;
  /** The request, its release resolved (a request without one asks for the latest). */
  readonly request: BriefRequest & { readonly release: string };
  /** Who asked for it (key ids), and when each last did: the lists of recent briefs. */
  readonly requesters: Record<string, string>;
  status: BriefJobStatus;
  /** The step running (rendering), or null. */
  step: BriefStep | null;
  /** 0 to 1: the share of the work done, by the usual weight of the steps finished. */
  progress: number;
  /** Place in the renderer's queue while queued (1 = next). */
  queuePosition: number | null;
  attempts: number;
  readonly createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Milliseconds per step, summed over passes and attempts. */
  steps: StepTimings;
  pages: number | null;
  bytes: number | null;
  /** The strong ETag of the PDF. */
  etag: string | null;
  problem: JobProblem | null;
}
