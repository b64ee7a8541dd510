// Load benchmark: 200 connections for 60 s of mixed traffic (traffic.mjs) against the API on SQLite, then on
// PostgreSQL (a database of its own, created and dropped), after the Express constant-JSON floor of the same
// run. Reports errors, every status other than 2xx/3xx (429 apart, when the production limits are kept),
// p50/p99 against the floor's, and the API process's memory (RSS) and open file descriptors sampled every
// second, plotted in bench/load/load.svg; prints the goals as met or missed. Loopback only; stops by itself.
//   node bench/load/run.mjs [--duration 60] [--floor-duration 20] [--connections 200]
//                           [--engines sqlite,postgres] [--database-url postgres://…] [--production-limits]
//                           [--summary file.md]
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout } from 'node:timers';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { testDatabases } from '@sco/db/testing';
import { freePort } from '../free-port.mjs';
import { plotSamples } from './plot.mjs';
import { flat, startSampling } from './sampler.mjs';
import { BROWSER, REVALIDATED, cycle, trafficMix } from './traffic.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    'floor-duration': { type: 'string', default: '20' },
    connections: { type: 'string', default: '200' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    'database-url': {
      type: 'string',
      default: process.env['SCO_TEST_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    'production-limits': { type: 'boolean', default: false },
    summary: { type: 'string' },
  },
});
const duration = Number(values.duration);
const floorDuration = Number(values['floor-duration']);
const connections = Number(values.connections);
const engines = values.engines.split(',').filter(Boolean);
const productionLimits = values['production-limits'];
/** The floor's body: as many bytes as the filtered list the API benchmark loads (`limit=50&from=2010`). */
const FLOOR_BYTES = 31191;
/** Memory may grow by a quarter after the warm-up, file descriptors by 16, and still count as flat. */
const FLAT = { rss: 1.25, fds: 16 };

// Whatever happens, the run ends: children are stopped and the process exits after this bound.
const children = new Set();
const bound = setTimeout(
  () => {
    console.error('the load benchmark overran its bound; stopping');
    for (const child of children) child.kill('SIGKILL');
    process.exit(1);
  },
  (floorDuration + engines.length * (duration + 90) + 60) * 1000,
);
bound.unref();

/** Forks a server; `args(port)` gives its arguments. */
async function start(script, args) {
  const port = await freePort();
  // stdout (the API's request log) is discarded, as a log shipper would take it; errors still show.
  const child = fork(path.join(here, script), args(String(port)), {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.add(child);
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`${script} exited with ${code}`);
  });
  exited.catch(() => {});
  const [message] = await Promise.race([once(child, 'message'), exited]);
  return {
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    message,
    stop: async () => {
      const stopped = once(child, 'exit');
      child.kill('SIGTERM');
      await stopped;
      children.delete(child);
    },
  };
}

function load(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections, duration, pipelining: 1, timeout: 10, ...options }, (error, result) => {
      if (error) reject(error);
      else resolve(result);
    });
  });
}

async function floor() {
  const server = await start('../api/servers.mjs', (port) => ['constant', port, String(FLOOR_BYTES)]);
  try {
    const result = await load({ url: `${server.url}/constant`, duration: floorDuration });
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors,
    };
  } finally {
    await server.stop();
  }
}

/** The widgets' current file, and the ETags the revalidations send. */
async function prepare(url, key) {
  const docs = await fetch(`${url}/widgets/docs`, { redirect: 'manual' });
  const widgetFile = String(docs.headers.get('location')).replace(/docs\.html$/, 'sco-widgets.js');
  const etags = new Map();
  // With the revalidations' own headers: each content coding has its own ETag (W/"…-br", W/"…-gzip").
  for (const p of REVALIDATED) {
    const answer = await fetch(url + p, { headers: BROWSER });
    await answer.arrayBuffer();
    etags.set(p, answer.headers.get('etag'));
  }
  return cycle(trafficMix({ widgetFile, key, etags }));
}

async function engineRun(engine, state) {
  let database = null;
  const args = [path.join(state, engine)];
  if (engine === 'postgres') {
    const found = await testDatabases({ databaseUrl: values['database-url'], ci: false });
    const postgres = found.find((candidate) => candidate.dialect === 'postgres');
    if (!postgres) return { engine, missing: 'PostgreSQL unreachable (see the warning above)' };
    database = await postgres.create();
    args.push('--database-url', database.config.url);
  }
  if (productionLimits) args.push('--production-limits');
  const server = await start('server.mjs', (port) => [port, ...args]);
  try {
    const requests = await prepare(server.url, server.message.key);
    const groups = new Map();
    const tally = (group, status) => {
      const counts = groups.get(group) ?? new Map();
      counts.set(status, (counts.get(status) ?? 0) + 1);
      groups.set(group, counts);
    };
    const sampling = startSampling(server.pid);
    // One request template whose setupRequest walks the cycle from a different point on each connection
    // (autocannon would otherwise start every connection at its first request, in step).
    let starts = 0;
    const result = await load({
      url: server.url,
      requests: [
        {
          setupRequest: (req, context) => {
            context.next ??= Math.floor(((starts++ * 0.618034) % 1) * requests.length);
            const entry = requests[context.next++ % requests.length];
            context.group = entry.group;
            return {
              ...req,
              method: entry.method ?? 'GET',
              path: entry.path,
              headers: entry.headers,
              body: entry.body,
            };
          },
          onResponse: (status, _body, context) => tally(context.group, status),
        },
      ],
    });
    const samples = await sampling.stop();
    return { engine, result, groups, samples };
  } finally {
    await server.stop();
    await database?.drop();
  }
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const verdict = (ok) => (ok ? 'met' : '**missed**');
const unexpected = (status) => status >= 400 && !(status === 429 && productionLimits);

const loadBefore = os.loadavg()[0];
const state = await mkdtemp(path.join(os.tmpdir(), 'sco-load-'));
let floorResult;
const runs = [];
try {
  floorResult = await floor();
  for (const engine of engines) runs.push(await engineRun(engine, state));
} finally {
  await rm(state, { recursive: true, force: true });
}

const cpus = os.cpus();
const lines = [];
const out = (line = '') => lines.push(line);
out(
  `${connections} connections, ${duration} s of mixed traffic per engine (the floor ${floorDuration} s), 127.0.0.1; ` +
    `${cpus.length} cores, ${cpus[0]?.model ?? 'unknown CPU'}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB, ` +
    `Node ${process.version}, ${os.type()} ${os.release()}; load average ${fmt(loadBefore, 2)} before, ` +
    `${fmt(os.loadavg()[0], 2)} after; rate limits ${productionLimits ? 'as in production' : 'lifted'}`,
);
out();
out('| server | req/s | p50 ms | p99 ms | p50 ÷ floor | p99 ÷ floor | errors | timeouts | non-2xx/3xx |');
out('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
out(
  `| Express constant JSON (floor) | ${fmt(floorResult.rps)} | ${floorResult.p50} | ${floorResult.p99} | 1.00 | 1.00 | ${floorResult.errors} | – | – |`,
);
const goals = [];
for (const run of runs) {
  if (run.missing) {
    out(`| API on ${run.engine} | missing: ${run.missing} | | | | | | | |`);
    goals.push([`${run.engine}: ran`, false, run.missing]);
    continue;
  }
  const { result, groups, samples, engine } = run;
  const bad = [...groups.values()].reduce(
    (sum, counts) => sum + [...counts].filter(([s]) => unexpected(s)).reduce((n, [, c]) => n + c, 0),
    0,
  );
  out(
    `| API on ${engine}, mixed | ${fmt(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ` +
      `${fmt(result.latency.p50 / floorResult.p50, 2)} | ${fmt(result.latency.p99 / floorResult.p99, 2)} | ` +
      `${result.errors} | ${result.timeouts} | ${bad} |`,
  );
  const rss = flat(
    samples.map((s) => s.rss),
    FLAT.rss,
  );
  const fds = flat(
    samples.map((s) => s.fds),
    1,
    FLAT.fds,
  );
  goals.push(
    [
      `${engine}: 0 errors and timeouts`,
      result.errors + result.timeouts === 0,
      `${result.errors}, ${result.timeouts}`,
    ],
    [`${engine}: 0 statuses other than 2xx/3xx${productionLimits ? ' and 429' : ''}`, bad === 0, String(bad)],
    [
      `${engine}: memory flat (last quarter ≤ ${FLAT.rss}× the second's peak)`,
      rss.ok,
      `${fmt(rss.warm / 2 ** 20)} → ${fmt(rss.last / 2 ** 20)} MiB`,
    ],
    [
      `${engine}: file descriptors flat (last quarter ≤ the second's peak + ${FLAT.fds})`,
      fds.ok,
      `${fds.warm} → ${fds.last}`,
    ],
  );
  run.bad = bad;
}
out();
out('Statuses by kind of request:');
out();
out('| server | kind | requests | statuses |');
out('|---|---|---:|---|');
for (const run of runs.filter((r) => !r.missing)) {
  for (const [group, counts] of run.groups) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const statuses = [...counts]
      .sort(([a], [b]) => a - b)
      .map(([s, c]) => `${s}: ${c}`)
      .join(', ');
    out(`| ${run.engine} | ${group} | ${total} | ${statuses} |`);
  }
}
out();
out('| goal | verdict | measured |');
out('|---|---|---|');
for (const [goal, ok, measured] of goals) out(`| ${goal} | ${verdict(ok)} | ${measured} |`);

const sampled = runs
  .filter((r) => !r.missing)
  .map((r) => ({ name: `API on ${r.engine}`, samples: r.samples }));
if (sampled.length > 0) {
  const svg = plotSamples(sampled, `${connections} connections, ${duration} s of mixed traffic`);
  await writeFile(path.join(here, 'load.svg'), svg);
  out();
  out('Memory and file descriptors, sampled every second: bench/load/load.svg');
}
const text = lines.join('\n');
console.log(`\n${text}`);
if (values.summary) await writeFile(values.summary, text + '\n');
process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;
