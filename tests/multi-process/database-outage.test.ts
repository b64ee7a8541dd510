import { createApiKey, createDb, type Db } from '@sco/db';
import type { TestDatabaseInstance } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../reliability/support/api-process.js';
import { expectDatabaseUnavailable, statusOnceBack } from './support/database-down.js';
import { bearer, call } from './support/http.js';
import { postgresEngines, sharedDatabase } from './support/shared-database.js';
import { startTcpProxy, throughProxy, type TcpProxy } from './support/tcp-proxy.js';
import { READS, traffic } from './support/traffic.js';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(postgresEngines)('PostgreSQL cut off under load', (engine) => {
  let instance: TestDatabaseInstance;
  let db: Db;
  let proxy: TcpProxy;
  let a: ApiProcess;
  let b: ApiProcess;
  let worker: WorkerProcess;
  let editor = '';

  beforeAll(async () => {
    const shared = await sharedDatabase(engine);
    instance = shared.instance;
    const direct = new URL(shared.url);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    // Every process reaches the database through the proxy only; short waits for a connection.
    const env = {
      SCO_DATABASE_URL: throughProxy(shared.url, proxy),
      SCO_DB_POOL_MAX: '4',
      SCO_DB_CONNECT_TIMEOUT_MS: '1000',
    };
    a = await startApiProcess({ ...env, SCO_DB_APPLICATION_NAME: 'sco-outage-a' });
    b = await startApiProcess({ ...env, SCO_DB_APPLICATION_NAME: 'sco-outage-b' });
    const chromiumPath = inject('chromiumPath');
    worker = await startWorkerProcess({
      ...env,
      SCO_DB_APPLICATION_NAME: 'sco-outage-worker',
      ...(chromiumPath === null ? {} : { CHROMIUM_PATH: chromiumPath }),
    });
    db = createDb({ dialect: 'postgres', url: shared.url });
    editor = (await createApiKey(db.db, { name: 'Editor', role: 'editor', actor: 'test', now: new Date() }))
      .token;
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a.dispose(), b.dispose(), worker.dispose()]);
    await proxy.close();
    await db.close();
    await instance.drop();
  }, 60_000);

  it('answers 503 + Retry-After while the database is cut off, recovers by itself, and no process dies', async () => {
    const origins = [a.origin, b.origin];
    // A write accepted before the cut is kept.
    const current = await call(a.origin, '/v1/agreements/sac-din-2006?state=draft', {
      headers: bearer(editor),
    });
    const written = await call(a.origin, '/v1/agreements/sac-din-2006', {
      method: 'PATCH',
      headers: { ...bearer(editor), 'If-Match': current.headers.get('etag') ?? '' },
      body: { title_en: 'Written before the outage' },
    });
    expect(written.status).toBe(200);

    const load = traffic(origins, 8);
    await sleep(1500);
    expect(load.answers.length).toBeGreaterThan(0);
    expect(load.answers.every((answer) => answer.status === 200)).toBe(true);
    // The cut lands on connections in use: queries under way fail mid-flight.
    expect(proxy.open).toBeGreaterThan(0);
    const before = load.answers.length;
    proxy.cut();
    await sleep(3000);
    const during = load.answers.slice(before);
    // Back: the pools reconnect by themselves, without a restart.
    proxy.restore();
    for (const origin of origins) expect(await statusOnceBack(origin, '/v1/agreements?limit=5')).toBe(200);

    // While down, every answer was a 503 (problem details, Retry-After), never a 500 or a dropped connection.
    expectDatabaseUnavailable(during);
    expect(load.failures).toEqual([]);

    const recovered = load.answers.length;
    await sleep(1000);
    await load.stop();
    expect(load.answers.slice(recovered).every((answer) => answer.status === 200)).toBe(true);
    for (const origin of origins) {
      for (const path of READS) expect((await call(origin, path)).status).toBe(200);
    }
    expect(load.failures).toEqual([]);

    // Every process is the one started before the cut: none exited, none was restarted.
    for (const process of [a, b, worker]) {
      expect(process.child.exitCode).toBeNull();
      expect(process.child.signalCode).toBeNull();
    }
    expect(a.logs.some((line) => line['msg'] === 'a PostgreSQL connection failed')).toBe(true);
    // The worker was cut off too (its pool or its queue's), and lived through it.
    const workerSaw = ['a PostgreSQL connection failed', 'the brief queue reported an error'];
    expect(worker.logs.some((line) => workerSaw.includes(String(line['msg'])))).toBe(true);
    const kept = await call(b.origin, '/v1/agreements/sac-din-2006?state=draft', { headers: bearer(editor) });
    expect((kept.json() as { agreement: { title_en: string } }).agreement.title_en).toBe(
      'Written before the outage',
    );
  }, 120_000);

  it('keeps the worker rendering after the outage', async () => {
    const asked = await call(a.origin, '/v1/briefs', {
      method: 'POST',
      headers: bearer(editor),
      body: { template: 'partner', subject: 'FRA', lang: 'en', paper: 'a4' },
    });
    expect(asked.status).toBe(202);
    const location = asked.headers.get('location') ?? '';
    let status = '';
    for (let waited = 0; waited < 150_000 && !['done', 'failed'].includes(status); waited += 500) {
      await sleep(500);
      status = ((await call(b.origin, location, { headers: bearer(editor) })).json() as { status: string })
        .status;
    }
    expect(status).toBe('done');
    const pdf = await fetch(`${b.origin}${location}/pdf`, { headers: bearer(editor) });
    expect(pdf.status).toBe(200);
    expect(worker.child.exitCode).toBeNull();
  }, 180_000);
});
