import { createHash } from 'node:crypto';
import {
  BriefDataCache,
  createBriefRenderer,
  type BriefProgress,
  type BriefRendererOptions,
} from '@sco/briefs';
import type { Db } from '@sco/db';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { BriefJob } from '../brief-job.js';
import { buildId } from '../../http/build-id.js';
import { failureProblem } from '../brief-problems.js';
import { progressAt } from '../brief-progress.js';
import { getBriefJob, saveBriefPdf, updateBriefJob } from './brief-rows.js';
import { BRIEF_QUEUE, RETRY, type BriefQueueMessage } from './brief-queue.js';

export interface BriefWorkerOptions {
  readonly db: Db;
  readonly boss: PgBoss;
  readonly logger: Logger;
  readonly chromiumPath: string | null;
  /** Briefs this worker renders at once (`sco worker --concurrency N`). */
  readonly concurrency: number;
  readonly now?: () => Date;
  readonly renderer?: Omit<BriefRendererOptions, 'chromiumPath' | 'concurrency' | 'queueSize' | 'logger'>;
}

export interface BriefWorker {
  /** Briefs being rendered by this worker now. */
  readonly active: number;
  /** Stops taking briefs, lets the ones under way finish (or hands them back), closes Chromium. */
  stop(): Promise<void>;
}

/**
 * A brief worker (`sco worker`): takes brief jobs from the pg-boss queue, renders each in its own Chromium,
 * and stores the PDF and the job's state in the database, where every API process reads them. A render
 * that fails on the server's side is retried by the queue with backoff (RETRY); a job whose worker died is
 * taken back by the queue once it expires and rendered by another worker. A job already done is never
 * rendered twice.
 */
export async function startBriefWorker(options: BriefWorkerOptions): Promise<BriefWorker> {
  const { db, boss, logger } = options;
  const now = options.now ?? (() => new Date());
  const renderer = createBriefRenderer({
    ...options.renderer,
    chromiumPath: options.chromiumPath,
    concurrency: options.concurrency,
    queueSize: options.concurrency,
    logger: {
      info: (message) => {
        logger.info(message);
      },
      warn: (message) => {
        logger.warn(message);
      },
    },
  });
  // A batch of briefs of one release reads it once and computes its indicators once, taking those the API
  // kept for the release (its build's memos) and counting the tallies' coverage in the database.
  const datasets = new BriefDataCache({ generation: buildId() });
  let active = 0;

  async function render(message: PgBoss.JobWithMetadata<BriefQueueMessage>): Promise<void> {
    const found = await getBriefJob(db.db, message.data.jobId);
    if (!found || found.status === 'done' || found.status === 'failed') return;
    const job: BriefJob = {
      ...found,
      status: 'rendering',
      step: null,
      queuePosition: null,
      attempts: message.retryCount + 1,
      startedAt: found.startedAt ?? now().toISOString(),
    };
    await updateBriefJob(db.db, job);
    logger.info({ job: job.id, attempt: job.attempts }, 'rendering a brief');
    // Progress is written one update at a time, in order.
    let writing = Promise.resolve();
    const advance = (event: BriefProgress) => {
      if (event.type !== 'step') return;
      if (event.state === 'started') {
        job.step = event.step;
        job.progress = Math.max(job.progress, progressAt(event.step, false));
      } else {
        job.steps[event.step] = (job.steps[event.step] ?? 0) + event.ms;
        job.progress = Math.max(job.progress, progressAt(event.step, true));
      }
      const snapshot = structuredClone(job);
      writing = writing
        .then(() => updateBriefJob(db.db, snapshot))
        .catch((error: unknown) => {
          logger.warn({ err: error, job: job.id }, 'could not record the progress of a brief');
        });
    };
    try {
      const data = await datasets.get(db.db, job.request.release);
      const brief = await renderer.render(job.request, data, { onProgress: advance });
      await writing;
      const digest = createHash('sha256').update(brief.pdf).digest('base64url').slice(0, 32);
      await saveBriefPdf(db.db, job.id, brief.pdf);
      await updateBriefJob(db.db, {
        ...job,
        status: 'done',
        step: null,
        progress: 1,
        finishedAt: now().toISOString(),
        steps: { ...brief.timings },
        pages: brief.pages,
        bytes: brief.pdf.byteLength,
        etag: `"${digest}"`,
      });
      logger.info({ job: job.id, pages: brief.pages }, 'rendered a brief');
    } catch (error) {
      await writing;
      const problem = failureProblem(error);
      const retried = problem.status >= 500 && message.retryCount < message.retryLimit;
      logger.error({ err: error, job: job.id, retried }, 'a brief failed');
      await updateBriefJob(
        db.db,
        retried
          ? { ...job, status: 'queued', step: null }
          : { ...job, status: 'failed', step: null, finishedAt: now().toISOString(), problem },
      );
      // Thrown: pg-boss retries it after its backoff. Otherwise the job is over (a client's error).
      if (retried) throw error;
    }
  }

  const handler = async (messages: PgBoss.JobWithMetadata<BriefQueueMessage>[]) => {
    for (const message of messages) {
      active += 1;
      try {
        await render(message);
      } finally {
        active -= 1;
      }
    }
  };
  // One polling loop per brief rendered at once, each taking one job at a time.
  for (let i = 0; i < options.concurrency; i++) {
    await boss.work<BriefQueueMessage>(
      BRIEF_QUEUE,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 1 },
      handler,
    );
  }
  logger.info({ concurrency: options.concurrency, retry: RETRY }, 'the brief worker takes jobs');

  return {
    get active() {
      return active;
    },
    async stop() {
      // Stops fetching, waits for the renders under way (pg-boss's graceful stop), then closes Chromium.
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      await renderer.close();
    },
  };
}
