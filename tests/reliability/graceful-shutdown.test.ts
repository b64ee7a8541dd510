import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from './support/api-process.js';

interface Outcome {
  readonly path: string;
  readonly status?: number;
  readonly connection?: string;
  readonly retryAfter?: string;
  readonly contentType?: string;
  /** A network error code: ECONNREFUSED is a request never received; anything else is a dropped one. */
  readonly error?: string;
  readonly afterSignal: boolean;
}

/** Weighted like real traffic: cheap widget reads, an indicator, a CSV export, readiness probes. */
const PATHS = [
  '/v1/agreements?limit=20',
  '/v1/agreements?limit=200',
  '/v1/partners',
  '/v1/indicators/agreements?group_by=year',
  '/v1/agreements?format=csv',
  '/readyz',
];

function get(agent: Agent, origin: string, path: string, afterSignal: () => boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(`${origin}${path}`, { agent }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve({
          path,
          status: res.statusCode,
          connection: res.headers.connection,
          retryAfter: res.headers['retry-after'],
          contentType: res.headers['content-type'],
          afterSignal: afterSignal(),
        });
      });
      res.on('error', (error: NodeJS.ErrnoException) => {
        resolve({ path, error: error.code ?? error.message, afterSignal: afterSignal() });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      resolve({ path, error: error.code ?? error.message, afterSignal: afterSignal() });
    });
    req.end();
  });
}

describe('graceful shutdown of a real API process under load (SIGTERM)', () => {
  let api: ApiProcess;
  beforeAll(async () => {
    api = await startApiProcess({ SCO_SHUTDOWN_TIMEOUT_MS: '8000' });
  }, 120_000);
  afterAll(async () => {
    await api.dispose();
  });

  it('logs the address it really listens on', () => {
    expect(api.logs).toContainEqual(
      expect.objectContaining({ msg: `listening on ${api.origin}`, host: '127.0.0.1' }),
    );
  });

  it('answers every request it received — its result, or 503 + Retry-After + Connection: close — and exits 0', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 24 });
    let signalled = false;
    const outcomes: Outcome[] = [];
    // 24 clients, each sending one request after the other until the server refuses or closes on it.
    const client = async (index: number) => {
      for (let n = 0; ; n += 1) {
        const path = PATHS[(index + n) % PATHS.length] ?? '/readyz';
        const outcome = await get(agent, api.origin, path, () => signalled);
        outcomes.push(outcome);
        if (outcome.error !== undefined || outcome.status === 503 || outcome.connection === 'close') return;
      }
    };
    const clients = Array.from({ length: 24 }, (_, index) => client(index));
    // Load first: wait until the server has answered a good number of requests.
    while (outcomes.filter((o) => o.status === 200).length < 100) {
      await new Promise((resolve) => setImmediate(resolve));
      if (outcomes.some((o) => o.error !== undefined)) break;
    }
    expect(outcomes.filter((o) => o.error !== undefined)).toEqual([]);
    signalled = true;
    api.child.kill('SIGTERM');
    // A load balancer's probe while draining: /readyz answers 503 before the listener closes.
    const probes: Outcome[] = [];
    for (;;) {
      const probe = await get(new Agent({ keepAlive: false }), api.origin, '/readyz', () => true);
      probes.push(probe);
      if (probe.status !== 200) break;
    }
    await Promise.all(clients);
    const code = await api.exited;
    agent.destroy();

    expect(code).toBe(0);
    expect(probes.at(-1)).toMatchObject({ status: 503, connection: 'close', retryAfter: '5' });
    const dropped = outcomes.filter((o) => o.error !== undefined && o.error !== 'ECONNREFUSED');
    expect(dropped).toEqual([]);
    const after = outcomes.filter((o) => o.afterSignal && o.error === undefined);
    expect(after.length).toBeGreaterThan(0);
    for (const outcome of after) {
      if (outcome.status === 503) {
        expect(outcome).toMatchObject({ connection: 'close', retryAfter: '5' });
        expect(outcome.contentType).toMatch(/^application\/problem\+json/);
      } else {
        expect(outcome.status).toBe(200);
      }
    }
    expect(api.logs).toContainEqual(expect.objectContaining({ msg: 'stopped', clean: true }));
  }, 120_000);
});
