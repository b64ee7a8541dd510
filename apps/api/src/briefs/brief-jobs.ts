import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  createBriefRenderer,
  RendererClosedError,
  type BriefData,
  type BriefPreview,
  type BriefProgress,
  type BriefRenderer,
  type BriefRendererOptions,
  type BriefRequest,
  type RenderedBrief,
} from '@sco/briefs';
import type { Logger } from 'pino';
import type { Principal } from '../http/principal.js';
import { briefCacheKey } from './brief-cache-key.js';
import type { BriefJob } from './brief-job.js';
import { failureProblem } from './brief-problems.js';
import { progressAt } from './brief-progress.js';
import { BriefStore, newJobId, type WriteBytes } from './brief-store.js';

export interface BriefJobsOptions {
  /** The state folder: jobs and their PDFs are kept in its `briefs/` folder. */
  readonly stateDir: string;
  /** CHROMIUM_PATH, or null for the Chromium of the npm package. */
  readonly chromiumPath: string | null;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** Briefs rendered at once (default 2). */
  readonly concurrency?: number;
  /** Briefs that may wait beyond those; one more is answered 429 (default 8). */
  readonly queueSize?: number;
  /** Finished jobs (done or failed) kept with their PDFs; the oldest go first (default 200). */
  readonly keep?: number;
  /** Other renderer options (timeouts, retries, browser replacement), e.g. for tests. */
  readonly renderer?: Omit<BriefRendererOptions, 'chromiumPath' | 'concurrency' | 'queueSize' | 'logger'>;
  /** How the job files reach the disk (default `fs.promises.writeFile`); tests make the disk full. */
  readonly writeBytes?: WriteBytes;
}

/** What a submission gave: the job, and whether it was already there (rendering or rendered). */
export interface Submitted {
  readonly job: BriefJob;
  readonly existing: boolean;
}

const DEFAULT_RENDER_SECONDS = 15;

/**
 * The brief jobs of one API process: one renderer (created on the first job or preview, closed with the
 * process), the jobs by id and by cache key (release + template + parameters), and their PDFs on disk in
 * the state folder, so that a restart loses no finished brief.
 */
export class BriefJobs {
  private renderer: BriefRenderer | null = null;
  private closed = false;
  private readonly jobs = new Map<string, BriefJob>();
  private readonly byKey = new Map<string, string>();
  private readonly store: BriefStore;
  private loading: Promise<void> | undefined;
  private readonly writes = new Map<string, Promise<void>>();
  /** New jobs being handed to the renderer, by cache key: until taken, they are not in `byKey`. */
  private readonly admitting = new Map<string, Promise<void>>();
  /** The renders under way, each until its job's end is recorded. */
  private readonly rendering = new Set<Promise<void>>();
  private readonly durations: number[] = [];
  private readonly now: () => Date;
  readonly concurrency: number;
  readonly queueSize: number;
  private readonly keep: number;

  constructor(private readonly options: BriefJobsOptions) {
    this.store = new BriefStore(path.join(options.stateDir, 'briefs'), options.writeBytes);
    this.now = options.now ?? (() => new Date());
    this.concurrency = options.concurrency ?? 2;
    this.queueSize = options.queueSize ?? 8;
    this.keep = options.keep ?? 200;
  }

  /** The renderer, created the first time a brief or a preview needs it (never once closed). */
  private rendererOf(): BriefRenderer {
    if (this.closed) throw new RendererClosedError();
    this.renderer ??= createBriefRenderer({
      ...this.options.renderer,
      chromiumPath: this.options.chromiumPath,
      concurrency: this.concurrency,
      queueSize: this.queueSize,
      logger: {
        info: (message) => {
          this.options.logger.info(message);
        },
        warn: (message) => {
          this.options.logger.warn(message);
        },
      },
    });
    return this.renderer;
  }

  /** Reads the jobs kept on disk, once. */
  private ready(): Promise<void> {
    this.loading ??= this.store.load(this.now()).then(({ jobs, unreadable }) => {
      for (const job of jobs) this.index(job);
      if (unreadable.length > 0) {
        this.options.logger.warn(
          { files: unreadable, dir: this.store.dir },
          'ignored unreadable brief files',
        );
      }
    });
    return this.loading;
  }

  private index(job: BriefJob): void {
    this.jobs.set(job.id, job);
    if (job.status !== 'failed') this.byKey.set(job.key, job.id);
  }

  /** Runs a write of a job's files after the writes of it already under way; rejects as the write does. */
  private queueWrite(id: string, work: () => Promise<void>): Promise<void> {
    const previous = this.writes.get(id) ?? Promise.resolve();
    const write = previous.then(work);
    const settled = write.catch(() => undefined);
    this.writes.set(id, settled);
    void settled.finally(() => {
      if (this.writes.get(id) === settled) this.writes.delete(id);
    });
    return write;
  }

  /** Writes a job's record after the writes of it already under way (a failure is logged). */
  private persist(job: BriefJob): Promise<void> {
    const snapshot = structuredClone(job);
    return this.queueWrite(job.id, () => this.store.saveJob(snapshot)).catch((error: unknown) => {
      this.options.logger.error({ err: error, job: job.id }, 'could not keep a brief job on disk');
    });
  }

  /**
   * Starts a brief, or gives the job that already renders or rendered the same one (same release, template
   * and parameters), even when both are asked for at the same moment. Resolves once the renderer has taken
   * it (queued or started); rejects before that with the renderer's refusal: InvalidBriefRequestError,
   * UnknownSubjectError, ReleaseMismatchError, QueueFullError, RendererClosedError. An anonymous caller (a
   * permalink opened without a key) is not recorded as a requester.
   */
  async submit(request: BriefRequest, data: BriefData, principal: Principal | null): Promise<Submitted> {
    await this.ready();
    const release = data.release.id;
    const key = briefCacheKey(request, release);
    // The same brief being handed to the renderer: its job is the answer, once taken (or refused).
    for (let pending = this.admitting.get(key); pending; pending = this.admitting.get(key)) {
      await pending.catch(() => undefined);
    }
    const now = this.now().toISOString();
    const known = this.jobs.get(this.byKey.get(key) ?? '');
    if (known && known.status !== 'failed') {
      if (principal) {
        known.requesters[principal.keyId] = now;
        if (known.status === 'done') await this.persist(known);
      }
      return { job: known, existing: true };
    }
    const job: BriefJob = {
      id: newJobId(),
      key,
      request: { ...request, release },
      requesters: principal ? { [principal.keyId]: now } : {},
      status: 'queued',
      step: null,
      progress: 0,
      queuePosition: null,
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
    const admission = this.start(job, data);
    this.admitting.set(key, admission);
    try {
      await admission;
    } finally {
      if (this.admitting.get(key) === admission) this.admitting.delete(key);
    }
    return { job, existing: false };
  }

  /** Hands a new job to the renderer; resolves once it is taken (queued or started), rejects if refused. */
  private start(job: BriefJob, data: BriefData): Promise<void> {
    return new Promise<void>((admitted, refused) => {
      let taken = false;
      const take = () => {
        if (taken) return;
        taken = true;
        this.index(job);
        void this.persist(job);
        admitted();
      };
      const ended = this.rendererOf()
        .render(job.request, data, {
          onProgress: (event) => {
            take();
            this.advance(job, event);
          },
        })
        .then(
          (brief) => this.finish(job, brief),
          (error: unknown) => {
            if (taken) return this.fail(job, error);
            refused(error instanceof Error ? error : new Error(String(error)));
            return undefined;
          },
        )
        .catch((error: unknown) => {
          this.options.logger.error({ err: error, job: job.id }, 'could not record the end of a brief job');
        });
      this.rendering.add(ended);
      void ended.finally(() => this.rendering.delete(ended));
    });
  }

  private advance(job: BriefJob, event: BriefProgress): void {
    switch (event.type) {
      case 'queued':
        job.queuePosition = event.position;
        return;
      case 'retry':
        job.attempts = event.attempt;
        return;
      case 'step':
        job.status = 'rendering';
        job.queuePosition = null;
        job.startedAt ??= this.now().toISOString();
        if (event.state === 'started') {
          job.step = event.step;
          job.progress = Math.max(job.progress, progressAt(event.step, false));
        } else {
          job.steps[event.step] = (job.steps[event.step] ?? 0) + event.ms;
          job.progress = Math.max(job.progress, progressAt(event.step, true));
        }
    }
  }

  private async finish(job: BriefJob, brief: RenderedBrief): Promise<void> {
    // The PDF is on disk before the job says done; a PDF that cannot be written (a full disk) fails the job,
    // and the store leaves no part of it behind.
    try {
      await this.queueWrite(job.id, () => this.store.savePdf(job.id, brief.pdf));
    } catch (error) {
      await this.fail(job, error);
      return;
    }
    const digest = createHash('sha256').update(brief.pdf).digest('base64url').slice(0, 32);
    Object.assign(job, {
      status: 'done',
      step: null,
      progress: 1,
      queuePosition: null,
      attempts: brief.attempts,
      finishedAt: this.now().toISOString(),
      steps: { ...brief.timings },
      pages: brief.pages,
      bytes: brief.pdf.byteLength,
      etag: `"${digest}"`,
    });
    if (job.startedAt !== null)
      this.durations.push(Date.parse(job.finishedAt ?? '') - Date.parse(job.startedAt));
    if (this.durations.length > 20) this.durations.shift();
    await this.persist(job);
    await this.evict();
  }

  private async fail(job: BriefJob, error: unknown): Promise<void> {
    // Whatever a render breaks on while the renderer closes, the brief was interrupted.
    const problem = failureProblem(this.closed ? new RendererClosedError() : error);
    if (problem.status >= 500 && !this.closed) {
      this.options.logger.error({ err: error, job: job.id }, 'a brief failed');
    }
    Object.assign(job, {
      status: 'failed',
      step: null,
      queuePosition: null,
      finishedAt: this.now().toISOString(),
      problem,
    });
    if (this.byKey.get(job.key) === job.id) this.byKey.delete(job.key);
    await this.persist(job);
    await this.evict();
  }

  /** Drops the oldest finished jobs, with their files, beyond the number kept. */
  private async evict(): Promise<void> {
    const finished = [...this.jobs.values()]
      .filter((job) => job.finishedAt !== null)
      .sort((a, b) => ((a.finishedAt ?? '') < (b.finishedAt ?? '') ? -1 : 1));
    for (const job of finished.slice(0, Math.max(0, finished.length - this.keep))) {
      this.jobs.delete(job.id);
      if (this.byKey.get(job.key) === job.id) this.byKey.delete(job.key);
      await (this.writes.get(job.id) ?? Promise.resolve());
      await this.store.remove(job.id);
    }
  }

  /** A job the caller may see (theirs; an admin sees every job), or undefined. */
  async get(id: string, principal: Principal): Promise<BriefJob | undefined> {
    await this.ready();
    const job = this.jobs.get(id);
    if (!job) return undefined;
    return principal.role === 'admin' || principal.keyId in job.requesters ? job : undefined;
  }

  /** The caller's jobs, most recently asked for first. */
  async list(principal: Principal, limit: number): Promise<BriefJob[]> {
    await this.ready();
    const asked = (job: BriefJob) => job.requesters[principal.keyId] ?? '';
    return [...this.jobs.values()]
      .filter((job) => principal.keyId in job.requesters)
      .sort((a, b) => (asked(a) < asked(b) ? 1 : asked(a) > asked(b) ? -1 : a.id < b.id ? 1 : -1))
      .slice(0, limit);
  }

  /** The PDF of a finished job. */
  async pdf(job: BriefJob): Promise<Buffer> {
    await (this.writes.get(job.id) ?? Promise.resolve());
    return this.store.readPdf(job.id);
  }

  /** The brief's HTML page and its files, without Chromium (the studio's preview). */
  async preview(request: BriefRequest, data: BriefData): Promise<BriefPreview> {
    return this.rendererOf().renderHtml(request, data);
  }

  /** Seconds a client refused for a full queue should wait: the queue's share of recent render times. */
  retryAfterSeconds(): number {
    const average =
      this.durations.length === 0
        ? DEFAULT_RENDER_SECONDS
        : this.durations.reduce((sum, ms) => sum + ms, 0) / this.durations.length / 1000;
    const { running, queued } = this.renderer?.stats() ?? { running: 0, queued: 0 };
    return Math.max(1, Math.ceil((average * (running + queued)) / this.concurrency));
  }

  /** The renderer's counters (null before the first brief), e.g. its browser's process id. */
  rendererStats(): ReturnType<BriefRenderer['stats']> | null {
    return this.renderer?.stats() ?? null;
  }

  /**
   * Closes the renderer: briefs waiting or rendering fail as interrupted. Resolves once every job's end is
   * recorded and its record written.
   */
  async close(): Promise<void> {
    this.closed = true;
    await this.renderer?.close();
    await Promise.all(this.rendering);
    await Promise.all(this.writes.values());
  }
}
