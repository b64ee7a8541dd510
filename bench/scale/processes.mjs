// Throughput of the cached list with 1 API process and with 2, on one PostgreSQL database, in the same run on
// the same machine. Two real API processes (apps/api/dist/main.js, as `pnpm start` runs it, production rate
// limits) share a database of their own (created and dropped); autocannon loads one of them, then both
// (its connections spread over the two), taking turns for --rounds rounds. Prints the machine, the load and
// a Markdown table of req/s, p50 and p99, with the ratio of 2 processes to 1, and the CPU time each request
// cost the API processes, their PostgreSQL backends and the load generator (from /proc, so Linux only): what
// a second machine's cores would add follows from those, whatever the load of this one. Loopback only; stops
// by itself.
//   node bench/scale/processes.mjs [--duration 20] [--rounds 2] [--connections 50]
//                                  [--database-url postgres://…] [--path '/v1/agreements?…']
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { setTimeout } from 'node:timers';
import { parseArgs } from 'node:util';
import { freePort } from '../free-port.mjs';
import autocannon from 'autocannon';
import { createDb } from '@sco/db';
import { testDatabases } from '@sco/db/testing';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = path.join(rootDir, 'apps', 'api', 'dist', 'main.js');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    'database-url': {
      type: 'string',
      default: process.env['SCO_TEST_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    // The listing of the API benchmark: a public GET the response cache serves after its first request.
    path: { type: 'string', default: '/v1/agreements?limit=50&from=2010&sort=-signed_date' },
  },
});
const duration = Number(values.duration);
const rounds = Number(values.rounds);
const connections = Number(values.connections);

// Whatever happens, the run ends: the API processes are stopped and the process exits after this bound.
const children = new Set();
const bound = setTimeout(
  () => {
    console.error('the processes benchmark overran its bound; stopping');
    for (const child of children) child.kill('SIGKILL');
    process.exit(1);
  },
  (rounds * 2 * (duration + 10) + 180) * 1000,
);
bound.unref();

/** One API process; resolves once /readyz answers 200. Its request log (stdout) is discarded. */
async function startApi(env, name) {
  const port = await freePort();
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'sco-processes-'));
  const child = spawn(process.execPath, [MAIN], {
    cwd: rootDir,
    env: {
      PATH: process.env['PATH'] ?? '',
      ...env,
      SCO_STATE_DIR: stateDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SCO_DB_APPLICATION_NAME: name,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    if (waited > 120_000) throw new Error(`${name} was not ready within 120 s`);
    const ready = await fetch(`${url}/readyz`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ready) break;
    await sleep(200);
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
      children.delete(child);
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

/**
 * CPU time (user + system) of each of these processes so far, in ms, from /proc/<pid>/stat (utime and
 * stime, in clock ticks of 10 ms: Linux's USER_HZ is 100). A process that has gone is left out.
 */
async function cpuMs(pids) {
  const times = new Map();
  for (const pid of pids) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    if (stat === null) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    times.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
  }
  return times;
}

/** The CPU time spent between two readings of cpuMs by the processes present in both, in ms. */
const spent = (before, after) =>
  [...after].reduce((sum, [pid, ms]) => sum + (before.has(pid) ? ms - before.get(pid) : 0), 0);

/** This process's CPU time so far (autocannon runs in it), in ms. */
const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function load(urls) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: urls.length === 1 ? urls[0] : urls, connections, duration, pipelining: 1, timeout: 10 },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const loadBefore = os.loadavg()[0];
const found = await testDatabases({ databaseUrl: values['database-url'], ci: false });
const postgres = found.find((candidate) => candidate.dialect === 'postgres');
if (!postgres) {
  // As the other benches: not measured, and the run of every bench goes on.
  console.log('PostgreSQL unreachable (--database-url): 2 API processes vs 1 not measured.');
  process.exit(0);
}
const database = await postgres.create();
const runs = [];
try {
  const env = { SCO_DATABASE_URL: database.config.url, SCO_DB_POOL_MAX: '10' };
  // The first migrates and loads data/; the second finds it done.
  const a = await startApi(env, 'sco-bench-a');
  const b = await startApi(env, 'sco-bench-b');
  // The PostgreSQL server processes that serve the two APIs' connections, found by application name.
  const monitor = createDb(database.config);
  const backends = async () =>
    (
      await monitor.pgPool.query(
        "select pid from pg_stat_activity where application_name in ('sco-bench-a', 'sco-bench-b')",
      )
    ).rows.map((row) => row.pid);
  try {
    for (const { url } of [a, b]) {
      const warm = await fetch(`${url}${values.path}`);
      if (warm.status !== 200) throw new Error(`${url}${values.path} answered ${warm.status}`);
    }
    for (let round = 1; round <= rounds; round++) {
      for (const processes of [1, 2]) {
        const urls = (processes === 1 ? [a] : [a, b]).map(({ url }) => `${url}${values.path}`);
        const servers = [a.pid, b.pid];
        const before = { api: await cpuMs(servers), db: await cpuMs(await backends()), own: ownCpuMs() };
        const result = await load(urls);
        // The backends alive at both ends of the run (one a pool opened during it is missed).
        const cpu = {
          api: spent(before.api, await cpuMs(servers)),
          db: spent(before.db, await cpuMs(await backends())),
          own: ownCpuMs() - before.own,
        };
        runs.push({ round, processes, result, cpu });
      }
    }
  } finally {
    await monitor.close();
    await Promise.all([a.stop(), b.stop()]);
  }
} finally {
  await database.drop();
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const cpus = os.cpus();
const lines = [];
const out = (line = '') => lines.push(line);
out(
  `\`${values.path}\` (served by the response cache), ${connections} connections, ${duration} s per run, ` +
    `${rounds} round(s) of 1 process then 2, one PostgreSQL database on the same machine, 127.0.0.1; ` +
    `${cpus.length} cores, ${cpus[0]?.model ?? 'unknown CPU'}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB, ` +
    `Node ${process.version}, ${os.type()} ${os.release()}; load average ${fmt(loadBefore, 2)} before, ` +
    `${fmt(os.loadavg()[0], 2)} after. autocannon runs on the same cores as the API processes.`,
);
out();
out(
  '| round | API processes | req/s | p50 ms | p99 ms | errors | timeouts | non-2xx | ' +
    'CPU ms per request: API | PostgreSQL | load generator |',
);
out('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const perRequest = (run, part) => run.cpu[part] / run.result.requests.total;
for (const run of runs) {
  const { round, processes, result } = run;
  out(
    `| ${round} | ${processes} | ${fmt(result.requests.average)} | ${fmt(result.latency.p50)} | ` +
      `${fmt(result.latency.p99)} | ${result.errors} | ${result.timeouts} | ${result.non2xx} | ` +
      `${fmt(perRequest(run, 'api'), 3)} | ${fmt(perRequest(run, 'db'), 3)} | ${fmt(perRequest(run, 'own'), 3)} |`,
  );
}
const mean = (processes) => {
  const picked = runs.filter((run) => run.processes === processes);
  return picked.reduce((sum, run) => sum + run.result.requests.average, 0) / picked.length;
};
out();
out(
  `2 processes ÷ 1: ${fmt(mean(2) / mean(1), 2)}× the requests per second (mean of the rounds: ` +
    `${fmt(mean(2))} vs ${fmt(mean(1))}).`,
);
// What a request costs in CPU, whatever the load: the sum over every run of each part's time over every
// request. From it, the throughput each part could give on its own cores.
const total = runs.reduce((sum, run) => sum + run.result.requests.total, 0);
const cost = (part) => runs.reduce((sum, run) => sum + run.cpu[part], 0) / total;
const cores = cpus.length;
const perSecond = (ms) => (ms > 0 ? fmt((cores * 1000) / ms) : '–');
out();
out(
  `CPU per request over every run: API ${fmt(cost('api'), 3)} ms, PostgreSQL ${fmt(cost('db'), 3)} ms, ` +
    `load generator ${fmt(cost('own'), 3)} ms. On ${cores} cores shared by all three, at most ` +
    `${perSecond(cost('api') + cost('db') + cost('own'))} req/s; ${cores} more cores running only API ` +
    `processes (a second machine like this one, the load coming from elsewhere) would add up to ` +
    `${perSecond(cost('api'))} req/s, while PostgreSQL's part alone bounds the total at ` +
    `${perSecond(cost('db'))} req/s per ${cores} cores of its server.`,
);
out();
out(
  'No goal is set for this ratio: the issue asks for it as measured. Both processes and the load generator ' +
    'share the same cores, so a second process can only add throughput while a core is idle.',
);
console.log(lines.join('\n'));
const failed = runs.some(({ result }) => result.errors > 0 || result.non2xx > 0);
if (failed) console.log('\nSome requests failed or were not 2xx: see the table.');
process.exitCode = failed ? 1 : 0;
