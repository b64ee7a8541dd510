import express from 'express';
import { pino, type Logger } from 'pino';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { createLogger, lineSink } from '../logger.js';
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

describe('requestLog through the line sink of the server’s logger', () => {
  /** The same routes, logged through pino's own path (a plain pino logger) and through createLogger's sink. */
  function appWith(logger: Logger) {
    const app = express();
    app.use(requestLog(logger));
    app.get('/ok', (_req, res) => res.json({ ok: true }));
    app.get('/missing', (_req, res) => res.status(404).end());
    app.get('/broken', (_req, res) => res.status(500).end());
    return app;
  }
  /** The parts of a line that differ from one request to the next: when, and how long it took. */
  const timeless = (line: string) =>
    line.replace(/"time":\d+/, '"time":0').replace(/"responseTime":[\d.e+-]+/, '"responseTime":0');

  it('writes the very line pino writes, byte for byte but for the time, at each level', async () => {
    const viaPino: string[] = [];
    const viaSink: string[] = [];
    const settings = {
      level: 'info',
      base: { service: 'sco-api' },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
    };
    const plain: Logger = pino(settings, { write: (line: string) => viaPino.push(line) });
    const server = createLogger({ destination: { write: (line: string) => viaSink.push(line) } });
    expect(lineSink(server)).toBeDefined();
    expect(lineSink(plain)).toBeUndefined();
    const info = vi.spyOn(server, 'info');
    const requests = [
      { path: '/ok?q=%22quoted%22&key=secret&name=%E4%B8%AD', id: 'trace-1', status: 200 },
      { path: '/ok?a="b"\\c', id: 'trace-2', status: 200 },
      { path: '/missing', id: 'trace-3', status: 404 },
      { path: '/broken?token=abc', id: 'trace-4', status: 500 },
    ];
    for (const app of [appWith(plain), appWith(server)]) {
      for (const { path, id, status } of requests) {
        await request(app).get(path).set('X-Request-Id', id).expect(status);
      }
    }
    expect(info).not.toHaveBeenCalled();
    expect(viaSink).toHaveLength(requests.length);
    expect(viaSink.map(timeless)).toEqual(viaPino.map(timeless));
    const first = JSON.parse(viaSink[0] ?? '') as Record<string, unknown>;
    expect(first).toMatchObject({
      level: 30,
      service: 'sco-api',
      req: { id: 'trace-1', method: 'GET', url: '/ok?q=%22quoted%22&key=[redacted]&name=%E4%B8%AD' },
      msg: 'request completed',
    });
    expect(viaSink.map((line) => (JSON.parse(line) as { level: number }).level)).toEqual([30, 30, 40, 50]);
  });

  it('writes nothing below the logger’s level', async () => {
    const lines: string[] = [];
    const server = createLogger({
      level: 'warn',
      destination: { write: (line: string) => lines.push(line) },
    });
    const app = appWith(server);
    await request(app).get('/ok').expect(200);
    await request(app).get('/missing').expect(404);
    expect(lines.map((line) => (JSON.parse(line) as { level: number }).level)).toEqual([40]);
  });
});
