import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { requestLog } from './request-log.js';

function appWithLog() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const app = express();
  app.use(requestLog(logger));
  app.get('/ok', (_req, res) => res.json({ ok: true }));
  app.get('/missing', (_req, res) => res.status(404).end());
  return { app, lines };
}

describe('requestLog', () => {
  it('writes one JSON line per request with its id, method, URL, status and time', async () => {
    const { app, lines } = appWithLog();
    const res = await request(app).get('/ok?x=1').expect(200);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      req: { id, method: 'GET', url: '/ok?x=1' },
      res: { status: 200 },
    });
    expect(typeof lines[0]?.['responseTime']).toBe('number');
  });

  it("keeps a well-formed caller's request id and replaces a malformed one", async () => {
    const { app, lines } = appWithLog();
    await request(app).get('/ok').set('X-Request-Id', 'trace-42.a_b').expect('X-Request-Id', 'trace-42.a_b');
    const res = await request(app).get('/ok').set('X-Request-Id', 'bad id with spaces');
    // A UUID of its own (not `not.toContain('bad')`: a UUID's hex digits may spell "bad").
    expect(res.headers['x-request-id']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(lines.map((line) => (line['req'] as { id: string }).id)).toEqual([
      'trace-42.a_b',
      res.headers['x-request-id'],
    ]);
  });

  it('logs client errors as warnings', async () => {
    const { app, lines } = appWithLog();
    await request(app).get('/missing').expect(404);
    expect(lines[0]).toMatchObject({ level: 40, res: { status: 404 } });
  });
});
