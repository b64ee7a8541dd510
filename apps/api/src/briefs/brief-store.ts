import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BRIEF_STEPS, briefRequestSchema } from '@sco/briefs';
import { RELEASE_ID_PATTERN } from '@sco/core';
import { z } from '../openapi/zod.js';
import { BRIEF_JOB_STATUSES, type BriefJob } from './brief-job.js';

/** Writes a whole file (`fs.promises.writeFile`). */
export type WriteBytes = (file: string, data: string | Uint8Array) => Promise<void>;

/** A job id: "brief-" and 128 random bits in hex (unguessable: the id is enough to poll a job). */
export const JOB_ID_PATTERN = /^brief-[0-9a-f]{32}$/;

export function newJobId(): string {
  return `brief-${randomBytes(16).toString('hex')}`;
}

export const storedJobSchema = z.object({
  id: z.string().regex(JOB_ID_PATTERN),
  key: z.string().regex(/^[0-9a-f]{32}$/),
  request: briefRequestSchema.and(z.object({ release: z.string().regex(RELEASE_ID_PATTERN) })),
  requesters: z.record(z.string(), z.string()),
  status: z.enum(BRIEF_JOB_STATUSES),
  step: z.enum(BRIEF_STEPS).nullable(),
  progress: z.number().min(0).max(1),
  queuePosition: z.int().nullable(),
  attempts: z.int(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  steps: z.partialRecord(z.enum(BRIEF_STEPS), z.number()),
  pages: z.int().nullable(),
  bytes: z.int().nullable(),
  etag: z.string().nullable(),
  problem: z.object({ type: z.string(), title: z.string(), status: z.int(), detail: z.string() }).nullable(),
});

/** What a job that was rendering when the process stopped says after a restart. */
export const INTERRUPTED = {
  type: '/docs/problems/brief-interrupted',
  title: 'Brief interrupted',
  status: 503,
  detail: 'The API stopped while this brief was being rendered; ask for it again',
} as const;

/**
 * Brief jobs on disk, in a folder of the state folder: `<id>.json` for each job and `<id>.pdf` beside a
 * finished one. Every file is written to a temporary name and renamed, so a crash never leaves half a file
 * under a job's name; the PDF is written before the record that says the job is done.
 */
export class BriefStore {
  /** `writeBytes` is the storage seam: how a file's bytes reach the disk (tests make the disk full). */
  constructor(
    readonly dir: string,
    private readonly writeBytes: WriteBytes = writeFile,
  ) {}

  private file(id: string, extension: 'json' | 'pdf'): string {
    if (!JOB_ID_PATTERN.test(id)) throw new Error(`not a brief job id: ${id}`);
    return path.join(this.dir, `${id}.${extension}`);
  }

  private async write(file: string, data: string | Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
    try {
      await this.writeBytes(partial, data);
      await rename(partial, file);
    } finally {
      await rm(partial, { force: true });
    }
  }

  /**
   * Every job the folder holds, oldest first, and the files it could not read. A job that was queued or
   * rendering when the process stopped comes back failed (INTERRUPTED); a done job without its PDF is
   * dropped.
   */
  async load(now: Date): Promise<{ jobs: BriefJob[]; unreadable: string[] }> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { jobs: [], unreadable: [] };
      throw error;
    }
    const jobs: BriefJob[] = [];
    const unreadable: string[] = [];
    for (const name of names.filter((candidate) => candidate.endsWith('.json')).sort()) {
      let job: BriefJob;
      try {
        job = storedJobSchema.parse(JSON.parse(await readFile(path.join(this.dir, name), 'utf8')));
      } catch {
        unreadable.push(name);
        continue;
      }
      if (job.status === 'done' && !names.includes(`${job.id}.pdf`)) {
        unreadable.push(name);
        continue;
      }
      if (job.status === 'queued' || job.status === 'rendering') {
        Object.assign(job, {
          status: 'failed',
          step: null,
          queuePosition: null,
          finishedAt: now.toISOString(),
          problem: INTERRUPTED,
        });
        await this.saveJob(job);
      }
      jobs.push(job);
    }
    jobs.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    return { jobs, unreadable };
  }

  async saveJob(job: BriefJob): Promise<void> {
    await this.write(this.file(job.id, 'json'), `${JSON.stringify(job)}\n`);
  }

  async savePdf(id: string, pdf: Uint8Array): Promise<void> {
    await this.write(this.file(id, 'pdf'), pdf);
  }

  async readPdf(id: string): Promise<Buffer> {
    return readFile(this.file(id, 'pdf'));
  }

  async remove(id: string): Promise<void> {
    await rm(this.file(id, 'pdf'), { force: true });
    await rm(this.file(id, 'json'), { force: true });
  }
}
