import type { Db } from '@sco/db';
import { storedJobSchema } from '../brief-store.js';
import type { BriefJob } from '../brief-job.js';

type Kdb = Db['db'];

/** A job's record as stored: everything but its requesters, which have their own table. */
function recordOf(job: BriefJob): string {
  const { requesters: _requesters, ...record } = job;
  return JSON.stringify(record);
}

function jobOf(record: string, requesters: readonly { key_id: string; asked_at: string }[]): BriefJob {
  const parsed: unknown = JSON.parse(record);
  return storedJobSchema.parse({
    ...(parsed as object),
    requesters: Object.fromEntries(requesters.map((row) => [row.key_id, row.asked_at])),
  });
}

/** Inserts a new job and its first requester. */
export async function insertBriefJob(db: Kdb, job: BriefJob): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('brief_jobs')
      .values({
        id: job.id,
        key: job.key,
        status: job.status,
        record: recordOf(job),
        created_at: job.createdAt,
        finished_at: job.finishedAt,
      })
      .execute();
    const requesters = Object.entries(job.requesters).map(([key_id, asked_at]) => ({
      job_id: job.id,
      key_id,
      asked_at,
    }));
    if (requesters.length > 0) await trx.insertInto('brief_requesters').values(requesters).execute();
  });
}

/** Writes a job's state (not its requesters). */
export async function updateBriefJob(db: Kdb, job: BriefJob): Promise<void> {
  await db
    .updateTable('brief_jobs')
    .set({ status: job.status, record: recordOf(job), finished_at: job.finishedAt })
    .where('id', '=', job.id)
    .execute();
}

/** Records that a key asked for a job (again). */
export async function addRequester(db: Kdb, jobId: string, keyId: string, at: string): Promise<void> {
  await db
    .insertInto('brief_requesters')
    .values({ job_id: jobId, key_id: keyId, asked_at: at })
    .onConflict((oc) => oc.columns(['job_id', 'key_id']).doUpdateSet({ asked_at: at }))
    .execute();
}

export async function getBriefJob(db: Kdb, id: string): Promise<BriefJob | undefined> {
  const row = await db.selectFrom('brief_jobs').select('record').where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const requesters = await db
    .selectFrom('brief_requesters')
    .select(['key_id', 'asked_at'])
    .where('job_id', '=', id)
    .execute();
  return jobOf(row.record, requesters);
}

/** The job of a cache key that is not failed (queued, rendering or done), if any. */
export async function liveJobOfKey(db: Kdb, key: string): Promise<BriefJob | undefined> {
  const row = await db
    .selectFrom('brief_jobs')
    .select('id')
    .where('key', '=', key)
    .where('status', '!=', 'failed')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? getBriefJob(db, row.id) : undefined;
}

/** The jobs a key asked for, most recently asked first. */
export async function jobsOfRequester(db: Kdb, keyId: string, limit: number): Promise<BriefJob[]> {
  const rows = await db
    .selectFrom('brief_requesters')
    .select('job_id')
    .where('key_id', '=', keyId)
    .orderBy('asked_at', 'desc')
    .orderBy('job_id', 'desc')
    .limit(limit)
    .execute();
  const jobs = await Promise.all(rows.map((row) => getBriefJob(db, row.job_id)));
  return jobs.filter((job): job is BriefJob => job !== undefined);
}

/** How many jobs wait or render, across every process. */
export async function unfinishedJobs(db: Kdb): Promise<{ queued: number; rendering: number }> {
  const rows = await db
    .selectFrom('brief_jobs')
    .select(['status', db.fn.countAll<string>().as('count')])
    .where('status', 'in', ['queued', 'rendering'])
    .groupBy('status')
    .execute();
  const count = (status: string) => Number(rows.find((row) => row.status === status)?.count ?? 0);
  return { queued: count('queued'), rendering: count('rendering') };
}

export async function saveBriefPdf(db: Kdb, jobId: string, pdf: Uint8Array): Promise<void> {
  await db
    .insertInto('brief_pdfs')
    .values({ job_id: jobId, pdf })
    .onConflict((oc) => oc.column('job_id').doUpdateSet({ pdf }))
    .execute();
}

export async function readBriefPdf(db: Kdb, jobId: string): Promise<Buffer> {
  const row = await db
    .selectFrom('brief_pdfs')
    .select('pdf')
    .where('job_id', '=', jobId)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.pdf);
}
