import { createApiKey, createDb, type Db } from '@sco/db';
import type { TestDatabaseInstance } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../reliability/support/api-process.js';
import { bearer, call } from './support/http.js';
import { postgresEngines, sharedDatabase } from './support/shared-database.js';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The shortest expiry the configuration allows: a dead worker's job is taken back after 10 s. */
const EXPIRE_SECONDS = '10';

/** The log lines of a worker about one job, by message. */
const about = (worker: WorkerProcess, job: string, msg: string) =>
  worker.logs.filter((line) => line['job'] === job && line['msg'] === msg);

describe.each(postgresEngines)('a worker killed mid-render', (engine) => {
  let instance: TestDatabaseInstance;
  let db: Db;
  let a: ApiProcess;
  let b: ApiProcess;
  let workers: WorkerProcess[] = [];
  let editor = '';
  /** Rows of pg-boss's own tables, read directly. */
  const rows = async (text: string): Promise<unknown[]> => {
    if (!db.pgPool) throw new Error('expected a PostgreSQL pool');
    return (await db.pgPool.query<Record<string, unknown>>(text)).rows;
  };

  beforeAll(async () => {
    const shared = await sharedDatabase(engine);
    instance = shared.instance;
    const env = {
      SCO_DATABASE_URL: shared.url,
      SCO_DB_POOL_MAX: '4',
      SCO_JOB_EXPIRE_SECONDS: EXPIRE_SECONDS,
    };
    a = await startApiProcess({ ...env, SCO_DB_APPLICATION_NAME: 'sco-killed-a' });
    b = await startApiProcess({ ...env, SCO_DB_APPLICATION_NAME: 'sco-killed-b' });
    const chromiumPath = inject('chromiumPath');
    workers = await Promise.all(
      ['sco-killed-worker-1', 'sco-killed-worker-2'].map((name) =>
        startWorkerProcess({
          ...env,
          SCO_DB_APPLICATION_NAME: name,
          ...(chromiumPath === null ? {} : { CHROMIUM_PATH: chromiumPath }),
        }),
      ),
    );
    db = createDb({ dialect: 'postgres', url: shared.url });
    editor = (await createApiKey(db.db, { name: 'Editor', role: 'editor', actor: 'test', now: new Date() }))
      .token;
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a.dispose(), b.dispose(), ...workers.map((worker) => worker.dispose())]);
    await db.close();
    await instance.drop();
  }, 60_000);

  it('gives the job to the other worker once it expires: rendered once, on its second attempt', async () => {
    // Every process wrote the setting to the queue; a job takes it when it is queued.
    const queue = await rows("select expire_seconds from pgboss.queue where name = 'sco-briefs'");
    expect(queue).toEqual([{ expire_seconds: Number(EXPIRE_SECONDS) }]);

    const asked = await call(a.origin, '/v1/briefs', {
      method: 'POST',
      headers: bearer(editor),
      body: { template: 'partner', subject: 'DEU', lang: 'en', paper: 'a4' },
    });
    expect(asked.status).toBe(202);
    const { id, href } = asked.json() as { id: string; href: string };

    // Whichever worker takes the job is killed as soon as it starts rendering.
    let taken: WorkerProcess | undefined;
    for (let waited = 0; waited < 60_000 && taken === undefined; waited += 20) {
      taken = workers.find((worker) => about(worker, id, 'rendering a brief').length > 0);
      if (taken === undefined) await sleep(20);
    }
    if (taken === undefined) throw new Error('no worker took the brief within 60 s');
    taken.child.kill('SIGKILL');
    expect(await taken.exited).toBeNull();
    expect(taken.child.signalCode).toBe('SIGKILL');
    const other = workers.find((worker) => worker !== taken);
    if (other === undefined) throw new Error('expected two workers');

    // Killed mid-render: the job is left rendering, its first attempt, with no PDF.
    const left = (await call(b.origin, href, { headers: bearer(editor) })).json() as {
      status: string;
      attempts: number;
    };
    expect(left).toMatchObject({ status: 'rendering', attempts: 1 });
    expect(about(taken, id, 'rendered a brief')).toEqual([]);

    let job: { status: string; attempts: number; progress: number } = {
      status: '',
      attempts: 0,
      progress: 0,
    };
    for (let waited = 0; waited < 150_000 && !['done', 'failed'].includes(job.status); waited += 500) {
      await sleep(500);
      job = (await call(b.origin, href, { headers: bearer(editor) })).json() as typeof job;
    }
    expect(job).toMatchObject({ status: 'done', attempts: 2, progress: 1 });
    // Rendered once, by the other worker, on the queue's second attempt (one retry).
    expect(about(other, id, 'rendering a brief').map((line) => line['attempt'])).toEqual([2]);
    expect(about(other, id, 'rendered a brief')).toHaveLength(1);
    const jobs = await rows("select state, retry_count from pgboss.job where name = 'sco-briefs'");
    expect(jobs).toEqual([{ state: 'completed', retry_count: 1 }]);
    const pdfs = await db.db.selectFrom('brief_pdfs').select('job_id').where('job_id', '=', id).execute();
    expect(pdfs).toHaveLength(1);

    // Served by an API process other than the one it was asked through.
    const pdf = await fetch(`${b.origin}${href}/pdf`, { headers: bearer(editor) });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    expect(other.child.exitCode).toBeNull();
  }, 240_000);
});
