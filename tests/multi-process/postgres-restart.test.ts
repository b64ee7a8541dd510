import { setTimeout as sleep } from 'node:timers/promises';
import { createApiKey, createDb, DRAFT, getAgreement } from '@sco/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../reliability/support/api-process.js';
import { expectDatabaseUnavailable, statusOnceBack } from './support/database-down.js';
import { bearer, call } from './support/http.js';
import { postgresBinDir, startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.js';
import { READS, traffic, type Send, type Sent } from './support/traffic.js';

/**
 * The server this suite restarts is its own (initdb into a temporary folder, on a free port): the shared
 * server other suites run on in parallel is never stopped. Without PostgreSQL's server binaries the suite
 * fails on CI (postgresBinDir throws) and is skipped, with a warning, elsewhere.
 */
const bin = await postgresBinDir();
if (bin === null) {
  console.warn(
    'postgres-restart.test.ts skipped: no PostgreSQL server binaries in /usr/lib/postgresql/<version>/bin ' +
      '(on CI this suite fails instead)',
  );
}

/** Loops that write, each with an API key of its own (writes are rate-limited per key). */
const WRITERS = 3;
/** Each writer's pause between writes: 60 writes a minute per key is the limit. */
const WRITE_PAUSE_MS = 400;

/** Waits until `done` holds, looking every 100 ms; fails naming `what` after a minute. */
async function until(what: string, done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 100) {
    if (waited >= 60_000) throw new Error(`waited a minute for ${what}`);
    await sleep(100);
  }
}

/** A new agreement between SAC and DIN (both in data/), as POST /v1/agreements takes it. */
function agreement(id: string): Record<string, unknown> {
  return {
    id,
    title_en: `Written while PostgreSQL restarts (${id})`,
    type: 'mou',
    scope: 'standardisation',
    signed_date: null,
    status: 'unknown',
    sectors: [],
    tags: [],
    bri_framing: 'none',
    verification: 'unverified',
    parties: [
      { institution_id: 'sac', side: 'chinese' },
      { institution_id: 'din', side: 'partner' },
    ],
    sources: [
      {
        id: `src-${id}`,
        url: 'https://www.din.de/example',
        publisher: 'DIN',
        kind: 'media',
        accessed: '2026-12-01',
        quote: null,
      },
    ],
  };
}

describe.skipIf(bin === null)('a PostgreSQL server of its own, restarted under load', () => {
  let postgres: PrivatePostgres | undefined;
  let api: ApiProcess | undefined;
  const editors: string[] = [];

  beforeAll(async () => {
    postgres = await startPrivatePostgres(bin ?? '');
    api = await startApiProcess({
      SCO_DATABASE_URL: postgres.url,
      SCO_DB_POOL_MAX: '4',
      SCO_DB_CONNECT_TIMEOUT_MS: '1000',
      SCO_DB_APPLICATION_NAME: 'sco-restart',
    });
    // Keys made on a pool of our own, closed before the server stops.
    const db = createDb({ dialect: 'postgres', url: postgres.url });
    try {
      for (let i = 0; i < WRITERS; i++) {
        const key = await createApiKey(db.db, {
          name: `Writer ${i}`,
          role: 'editor',
          actor: 'test',
          now: new Date(),
        });
        editors.push(key.token);
      }
    } finally {
      await db.close();
    }
  }, 180_000);
  afterAll(async () => {
    try {
      await api?.dispose();
    } finally {
      await postgres?.destroy();
    }
  }, 60_000);

  it('answers 503 + Retry-After while it is down, recovers without a restart and keeps every accepted write', async () => {
    if (postgres === undefined || api === undefined) throw new Error('the suite did not start');
    const origin = api.origin;
    let written = 0;
    const write: Send = async (to, lane) => {
      const id = `restart-${lane}-${(written += 1)}`;
      const answer = await call(to, '/v1/agreements', {
        method: 'POST',
        headers: bearer(editors[lane] ?? ''),
        body: agreement(id),
      });
      return { ...answer, path: `/v1/agreements/${id}` };
    };
    const reads = traffic([origin], 6);
    const writes = traffic([origin], WRITERS, write, WRITE_PAUSE_MS);
    /** How many answers each had when the API answered again. */
    let recovered = { reads: 0, writes: 0 };
    try {
      // Under load: a few writes of each writer answered before the server stops.
      await until('writes answered before the stop', () => writes.answers.length >= 2 * WRITERS);
      const before = { reads: reads.answers.length, writes: writes.answers.length };
      expect(reads.answers.every((answer) => answer.status === 200)).toBe(true);
      expect(writes.answers.map((answer) => answer.status)).toContain(201);
      expect(writes.answers.every((answer) => answer.status === 201)).toBe(true);

      // Down: a fast shutdown ends every session under way, then nothing listens on the port.
      await postgres.stop();
      const refusedSince = (answers: readonly Sent[], from: number) =>
        answers.slice(from).some((answer) => answer.status === 503);
      await until(
        'a read and a write refused',
        () => refusedSince(reads.answers, before.reads) && refusedSince(writes.answers, before.writes),
      );
      await sleep(1000);
      await postgres.start();
      // Back: the pool connects again by itself, in the process started before (checked below).
      expect(await statusOnceBack(origin, '/v1/agreements?limit=5')).toBe(200);
      recovered = { reads: reads.answers.length, writes: writes.answers.length };
      const during = [
        ...reads.answers.slice(before.reads, recovered.reads),
        ...writes.answers.slice(before.writes, recovered.writes),
      ];
      expectDatabaseUnavailable(during);

      // Writes are accepted again once it is back.
      const acceptedSince = (from: number) =>
        writes.answers.slice(from).filter((answer) => answer.status === 201).length;
      await until('writes accepted again', () => acceptedSince(recovered.writes) >= WRITERS);
    } finally {
      // Stopped here too when an expectation fails, so that no loop outlives the test.
      await Promise.all([reads.stop(), writes.stop()]);
    }
    const after = [...reads.answers.slice(recovered.reads), ...writes.answers.slice(recovered.writes)];
    expect(after.filter((answer) => answer.status !== 200 && answer.status !== 201)).toEqual([]);
    for (const path of READS) expect((await call(origin, path)).status).toBe(200);
    expect(reads.failures).toEqual([]);
    expect(writes.failures).toEqual([]);
    expect(api.child.exitCode).toBeNull();
    expect(api.child.signalCode).toBeNull();
    expect(api.logs.some((line) => line['msg'] === 'a PostgreSQL connection failed')).toBe(true);

    // The server really stopped and started again: two starts and one fast shutdown in its log.
    const log = await postgres.serverLog();
    expect(log.match(/database system is ready to accept connections/g)).toHaveLength(2);
    expect(log.match(/received fast shutdown request/g)).toHaveLength(1);

    // Every write answered 201 is in the draft, read straight from the database.
    const accepted = writes.answers
      .filter((answer) => answer.status === 201)
      .map((answer) => answer.path.slice('/v1/agreements/'.length));
    expect(accepted.length).toBeGreaterThan(0);
    const db = createDb({ dialect: 'postgres', url: postgres.url });
    try {
      const missing: string[] = [];
      for (const id of accepted) if ((await getAgreement(db.db, DRAFT, id)) === undefined) missing.push(id);
      expect(missing).toEqual([]);
    } finally {
      await db.close();
    }
  }, 120_000);
});
