import {
  createBriefRenderer,
  QueueFullError,
  type BriefData,
  type BriefPreview,
  type BriefRenderer,
  type BriefRequest,
} from '@sco/briefs';
import type { Db } from '@sco/db';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Principal } from '../../http/principal.js';
import { briefCacheKey } from '../brief-cache-key.js';
import type { BriefJob } from '../brief-job.js';
import type { Submitted } from '../brief-jobs.js';
import { newJobId } from '../brief-store.js';
import {
  addRequester,
  getBriefJob,
  insertBriefJob,
  jobsOfRequester,
  liveJobOfKey,
  readBriefPdf,
  unfinishedJobs,
  updateBriefJob,
} from './brief-rows.js';
import { BRIEF_QUEUE, type BriefQueueMessage } from './brief-queue.js';

export interface SharedBriefJobsOptions {
  readonly db: Db;
  readonly boss: PgBoss;
  readonly logger: Logger;
  readonly chromiumPath: string | null;
  readonly now?: () => Date;
  /** Briefs waiting or rendering across every process; one more is answered 429 (default 16). */
  readonly queueSize?: number;
  /** Briefs the workers render at once, together: for Retry-After (default 2). */
  readonly workers?: number;
}

const DEFAULT_RENDER_SECONDS = 15;

/**
 * The brief jobs of a deployment of several processes on PostgreSQL: any API process enqueues a job
 * (a row in `brief_jobs`, a message in pg-boss's queue), `sco worker` processes render it and store the
 * PDF in `brief_pdfs`, and any API process reads its status, progress and PDF. The queue bound counts the
 * unfinished jobs of every process. The API never starts Chromium: its renderer only builds pages (for
 * validation and the studio's previews).
 */
export class SharedBriefJobs {
  private readonly pages: BriefRenderer;
  private readonly now: () => Date;
  readonly queueSize: number;
  private readonly workers: number;
  /** The unfinished jobs last counted: what Retry-After is computed from. */
  private unfinished = 0;

  constructor(private readonly options: SharedBriefJobsOptions) {
    this.pages = createBriefRenderer({ chromiumPath: options.chromiumPath, concurrency: 1, queueSize: 0 });
    this.now = options.now ?? (() => new Date());
    this.queueSize = options.queueSize ?? 16;
    this.workers = options.workers ?? 2;
  }

  private get kdb(): Db['db'] {
    return this.options.db.db;
  }

  async submit(request: BriefRequest, data: BriefData, principal: Principal | null): Promise<Submitted> {
    // Refuses what the renderer would refuse (subject, release), before anything is queued.
    await this.pages.renderHtml(request, data);
    const release = data.release.id;
    const key = briefCacheKey(request, release);
    const now = this.now().toISOString();
    const known = await liveJobOfKey(this.kdb, key);
    if (known) {
      if (principal) {
        await addRequester(this.kdb, known.id, principal.keyId, now);
        known.requesters[principal.keyId] = now;
      }
      return { job: known, existing: true };
    }
    const { queued, rendering } = await unfinishedJobs(this.kdb);
    this.unfinished = queued + rendering;
    if (queued + rendering >= this.queueSize) throw new QueueFullError(rendering, queued);
    const job: BriefJob = {
      id: newJobId(),
      key,
      request: { ...request, release },
      requesters: principal ? { [principal.keyId]: now } : {},
      status: 'queued',
      step: null,
      progress: 0,
      queuePosition: queued + 1,
      attempts: 1,
      createdAt: now,
      startedAt: null,
      finishedAt: null,
      steps: {},
      pages: null,
      bytes: null,
      etag: null,
      problem: null,
    };
    await insertBriefJob(this.kdb, job);
    const message: BriefQueueMessage = { jobId: job.id };
    try {
      await this.options.boss.send(BRIEF_QUEUE, message);
    } catch (error) {
      await updateBriefJob(this.kdb, {
        ...job,
        status: 'failed',
        finishedAt: this.now().toISOString(),
        problem: {
          type: '/docs/problems/renderer-unavailable',
          title: 'Renderer unavailable',
          status: 503,
          detail: 'The brief could not be queued; ask for it again',
        },
      });
      throw error;
    }
    return { job, existing: false };
  }

  async get(id: string, principal: Principal): Promise<BriefJob | undefined> {
    const job = await getBriefJob(this.kdb, id);
    if (!job) return undefined;
    return principal.role === 'admin' || principal.keyId in job.requesters ? job : undefined;
  }

  list(principal: Principal, limit: number): Promise<BriefJob[]> {
    return jobsOfRequester(this.kdb, principal.keyId, limit);
  }

  pdf(job: BriefJob): Promise<Buffer> {
    return readBriefPdf(this.kdb, job.id);
  }

  preview(request: BriefRequest, data: BriefData): Promise<BriefPreview> {
    return this.pages.renderHtml(request, data);
  }

  /** Seconds a client refused for a full queue should wait: the unfinished jobs' share of the workers. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((DEFAULT_RENDER_SECONDS * this.unfinished) / this.workers));
  }

  /** No renderer to close here: the workers own Chromium; the queue closes with the process. */
  async close(): Promise<void> {
    await this.pages.close();
    await this.options.boss.stop({ graceful: true, wait: true });
  }
}
