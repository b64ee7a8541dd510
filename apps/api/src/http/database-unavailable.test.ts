import { createServer } from 'node:net';
import { loadConfig } from '@sco/config';
import { createDb } from '@sco/db';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { rootDir } from '../test-support/test-app.js';
import { isDatabaseUnavailable } from './database-unavailable.js';

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('a PostgreSQL server that does not answer', () => {
  let db: ReturnType<typeof createDb>;
  beforeAll(async () => {
    const url = `postgres://postgres@127.0.0.1:${await closedPort()}/sco`;
    db = createDb(
      {
        dialect: 'postgres',
        url,
        pool: { max: 2, connectionTimeoutMs: 1000, statementTimeoutMs: 5000, applicationName: 'sco-test' },
      },
      { onPoolError: () => undefined },
    );
  });
  afterAll(async () => {
    await db.close();
  });

  it('is answered 503 with Retry-After as problem details, on reads and on /readyz', async () => {
    const app = createApp({
      db,
      config: loadConfig({}, rootDir),
      logger: pino({ level: 'silent' }),
      now: () => new Date(),
    });
    const read = await request(app)
      .get('/v1/agreements')
      .expect(503)
      .expect('Content-Type', /application\/problem\+json/);
    expect(read.headers['retry-after']).toBe('5');
    expect(read.body).toMatchObject({ type: '/docs/problems/database-unavailable', status: 503 });
    const ready = await request(app).get('/readyz').expect(503);
    expect(ready.headers['retry-after']).toBe('5');
    expect(ready.body.type).toBe('/docs/problems/not-ready');
  });

  it('tells such errors from others', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating'), { code: '57P01' }))).toBe(true);
    expect(
      isDatabaseUnavailable(new Error('x', { cause: new Error('Connection terminated unexpectedly') })),
    ).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
