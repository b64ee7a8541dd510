// API throughput benchmark, in one run: the filtered agreements list (as it is, and compressed with brotli as
// a browser asks), the same with If-None-Match (304), and two floors — Express 5 answering a constant JSON
// body of the same size, and node:http writing the same bytes serialised once (the limit of a cached read) —
// with the API's response cache on and off. Each server runs in a process of its own; autocannon loads them
// from this process over 127.0.0.1. The scenarios of a pass take turns in short rounds, so that a change of
// the machine's load falls on all of them alike. Prints the machine, a Markdown table of requests/s and
// latencies with their ratios to the floors of the same pass, and whether the goals are met.
//   node bench/api/run.mjs [--duration 10] [--rounds 5] [--warmup 3] [--connections 64] [--latest-release-ttl 1000]
//                          [--synthetic <agreements>] [--engine sqlite|postgres] [--baseline <checkout>]
// --synthetic loads a synthetic dataset of that many agreements (bench/scale/generate.mjs, seed 1) instead
// of data/; --engine postgres uses a database of its own on SCO_TEST_DATABASE_URL's server.
// --duration is per scenario, split over the rounds. `--latest-release-ttl 0` looks the latest release up on
// every read (as createApp does by default); 1000 is what main.ts does.
// --baseline: another checkout of this repository, built (`pnpm build`), whose API is loaded in the same
// rounds as this one's, with the same flags: on SQLite with data/ in a state directory of its own, on
// PostgreSQL reading the same database as this one's (so its migrations must be the same as this checkout's):
// the list of each build against the floors of the same pass (a change measured before and after in one run).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '@sco/config';
import { loadDataPackage } from '@sco/datapackage';
import { createDb, importDataset, migrateToLatest } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { freePort } from '../free-port.mjs';
import { generateDataset } from '../scale/generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const rootDir = path.resolve(here, '..', '..');
// `pnpm bench:api -- --duration 20` passes the `--` on to the script: one leading `--` is not the end of
// the options here.
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '64' },
    'latest-release-ttl': { type: 'string', default: '1000' },
    synthetic: { type: 'string' },
    engine: { type: 'string', default: 'sqlite' },
    baseline: { type: 'string' },
  },
});
/** A number option, or exit naming the option and what was given. */
function numberOption(name, { min, integer = false }) {
  const text = values[name];
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    console.error(
      `--${name}: expected ${integer ? 'a whole number' : 'a number'} ≥ ${min}, got ${JSON.stringify(text)}`,
    );
    process.exit(2);
  }
  return value;
}
const duration = numberOption('duration', { min: 1 });
const rounds = numberOption('rounds', { min: 1, integer: true });
const warmup = numberOption('warmup', { min: 0 });
const connections = numberOption('connections', { min: 1, integer: true });
const ttl = String(numberOption('latest-release-ttl', { min: 0, integer: true }));
const synthetic =
  values.synthetic === undefined ? null : numberOption('synthetic', { min: 1, integer: true });
const engine = values.engine;
const baseline = values.baseline === undefined ? null : path.resolve(values.baseline);
if (baseline !== null && synthetic !== null && engine === 'sqlite') {
  console.error('--baseline: on SQLite only with data/ (the baseline loads data/ itself)');
  process.exit(2);
}
if (engine !== 'sqlite' && engine !== 'postgres') {
  console.error(`--engine: expected sqlite or postgres, got ${JSON.stringify(engine)}`);
  process.exit(2);
}

/** A filtered page of 50: the agreements signed from 2010 on (63 in data/), newest first. */
const LIST = '/v1/agreements?limit=50&from=2010&sort=-signed_date';
/** The goals of the API issue, as ratios to the floor measured in the same pass. */
const GOALS = { list: 0.8, notModified: 0.9, p99: 1.2, raw: 0.6 };
/** The goals of the performance issue: a cached read against raw node:http, a read that misses the cache
 * (the pass with the response cache off) against the Express floor. */
const MISS = { rps: 0.5, p99: 3 };
/** What a browser sends: the API answers the list with brotli. */
const COMPRESSED = { 'accept-encoding': 'gzip, deflate, br' };

async function startServer(kind, ...args) {
  return startServerOf(here, kind, ...args);
}

/** A server of bench/api/servers.mjs in `dir` (this checkout's or the baseline's). */
async function startServerOf(dir, kind, ...args) {
  const port = await freePort();
  // stdout (the API's request log) is discarded, as a log shipper would take it; errors still show.
  const child = fork(path.join(dir, 'servers.mjs'), [kind, String(port), ...args], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the ${kind} server exited with ${code}`);
  });
  exited.catch(() => {});
  await Promise.race([once(child, 'message'), exited]);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const stopped = once(child, 'exit');
      child.kill('SIGTERM');
      await stopped;
    },
  };
}

function load(scenario, seconds) {
  return new Promise((resolve, reject) => {
    const { url, headers } = scenario;
    autocannon({ url, connections, duration: seconds, headers, pipelining: 1 }, (error, result) => {
      if (error) reject(error);
      else resolve(result);
    });
  });
}

/** One round of a scenario; fails when a response has another status than expected. */
async function round(scenario, seconds) {
  const result = await load(scenario, seconds);
  const expected = `${String(scenario.status)[0]}xx`;
  const total = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  if (result.errors + result.timeouts > 0 || result[expected] !== total || total === 0) {
    const { errors, timeouts } = result;
    const counts = { '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] };
    throw new Error(
      `${scenario.url}: expected only ${scenario.status}, got ${JSON.stringify({ ...counts, errors, timeouts })}`,
    );
  }
  return { requests: total, seconds: result.duration, p50: result.latency.p50, p99: result.latency.p99 };
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Requests/s over every round; p50 and p99 the median of the rounds'. */
function summary(results) {
  const requests = results.reduce((sum, r) => sum + r.requests, 0);
  const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
  return {
    rps: requests / seconds,
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    rounds: results,
  };
}

/**
 * The database both passes read, loaded once: data/ or a synthetic dataset of `synthetic` agreements
 * shaped like it (bench/scale/generate.mjs, seed 1), on SQLite in the
 * state directory or in a PostgreSQL database of its own (dropped at the end).
 */
async function prepareDatabase(state) {
  const postgres =
    engine === 'postgres' ? (await testDatabases()).find((d) => d.dialect === 'postgres') : undefined;
  if (engine === 'postgres' && !postgres)
    throw new Error('PostgreSQL is unreachable: set SCO_TEST_DATABASE_URL');
  const instance = postgres ? await postgres.create() : null;
  const config = loadConfig(
    { SCO_STATE_DIR: state, ...(instance ? { SCO_DATABASE_URL: instance.config.url } : {}) },
    rootDir,
  );
  // The import runs under its own bound (SCO_DB_IMPORT_TIMEOUT_MS), not the pool's statement_timeout.
  const db = createDb(config.database);
  try {
    await migrateToLatest(db.db);
    const loaded = await loadDataPackage(config.dataDir);
    if (!loaded.ok) throw new Error('data/ is invalid');
    const dataset =
      synthetic === null ? loaded.dataset : generateDataset(loaded.dataset, { count: synthetic, seed: 1 });
    const started = Date.now();
    const imported = await importDataset(db.db, dataset, { actor: 'bench', now: new Date() });
    if (!imported.ok) throw new Error(imported.message);
    // The planner's statistics, as autovacuum would have gathered them a minute after such an import.
    // (A compiled raw query, as kysely's CompiledQuery.raw builds it: kysely is not a dependency here.)
    if (instance) {
      const raw = { kind: 'RawNode', sqlFragments: ['analyze'], parameters: [] };
      await db.db.executeQuery({
        sql: 'analyze',
        parameters: [],
        query: raw,
        queryId: { queryId: 'analyze' },
      });
    }
    console.error(
      `loaded ${dataset.tables.agreements.length} agreements on ${engine} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  } catch (error) {
    // A load that failed leaves no database behind.
    await db.close();
    await instance?.drop();
    throw error;
  }
  await db.close();
  return { url: instance?.config.url ?? null, drop: async () => instance?.drop() };
}

async function pass(cache, state, databaseUrl) {
  const flags = [
    '--latest-release-ttl',
    ttl,
    ...(cache ? [] : ['--no-cache']),
    ...(databaseUrl ? ['--database-url', databaseUrl] : []),
  ];
  const api = await startServer('api', state, ...flags);
  let constant;
  let raw;
  let base;
  try {
    if (baseline !== null) {
      const baselineState = path.join(state, `baseline-${cache ? 'on' : 'off'}`);
      base = await startServerOf(path.join(baseline, 'bench', 'api'), 'api', baselineState, ...flags);
    }
    // identity, as the list and 304 scenarios ask (autocannon sends no Accept-Encoding): each encoding has
    // its own ETag.
    const sample = await fetch(api.url + LIST, { headers: { 'accept-encoding': 'identity' } });
    const body = await sample.text();
    const etag = sample.headers.get('etag');
    if (sample.status !== 200 || !etag) throw new Error(`${LIST} answered ${sample.status} without an ETag`);
    const bytes = Buffer.byteLength(body);
    constant = await startServer('constant', String(bytes));
    raw = await startServer('raw', String(bytes));
    for (const floor of [constant, raw]) {
      const floorBytes = Buffer.byteLength(await (await fetch(floor.url + '/constant')).text());
      if (floorBytes !== bytes)
        throw new Error(`the constant body has ${floorBytes} bytes, the list ${bytes}`);
    }
    const compressed = await fetch(api.url + LIST, { headers: COMPRESSED });
    const encoding = compressed.headers.get('content-encoding');
    if (encoding !== 'br') throw new Error(`${LIST} was not sent as brotli (Content-Encoding: ${encoding})`);

    const scenarios = {
      floor: { url: constant.url + '/constant', headers: {}, status: 200 },
      raw: { url: raw.url + '/constant', headers: {}, status: 200 },
      list: { url: api.url + LIST, headers: {}, status: 200 },
      compressed: { url: api.url + LIST, headers: COMPRESSED, status: 200 },
      notModified: { url: api.url + LIST, headers: { 'if-none-match': etag }, status: 304 },
      ...(base ? { baseline: { url: base.url + LIST, headers: {}, status: 200 } } : {}),
    };
    const results = { floor: [], raw: [], list: [], compressed: [], notModified: [], baseline: [] };
    if (warmup > 0) for (const scenario of Object.values(scenarios)) await load(scenario, warmup);
    for (let i = 0; i < rounds; i++) {
      for (const [name, scenario] of Object.entries(scenarios)) {
        results[name].push(await round(scenario, duration / rounds));
      }
    }
    return {
      cache,
      bytes,
      floor: summary(results.floor),
      raw: summary(results.raw),
      list: summary(results.list),
      compressed: summary(results.compressed),
      notModified: summary(results.notModified),
      baseline: base ? summary(results.baseline) : null,
    };
  } finally {
    await base?.stop();
    await raw?.stop();
    await constant?.stop();
    await api.stop();
  }
}

const fmt = (n, digits = 0) => n.toFixed(digits);
const verdict = (ok) => (ok ? 'met' : '**missed**');

/** The lowest and highest ratio of the rounds, each to the floor's round just before it. */
function spread(scenario, floor) {
  const ratios = scenario.rounds.map((r, i) => {
    const f = floor.rounds[i];
    return r.requests / r.seconds / (f.requests / f.seconds);
  });
  return `${fmt(Math.min(...ratios), 2)}–${fmt(Math.max(...ratios), 2)}`;
}

const loadBefore = os.loadavg()[0];
const state = await mkdtemp(path.join(os.tmpdir(), 'sco-bench-'));
const passes = [];
try {
  const database = await prepareDatabase(state);
  try {
    for (const cache of [true, false]) passes.push(await pass(cache, state, database.url));
  } finally {
    await database.drop();
  }
} finally {
  await rm(state, { recursive: true, force: true });
}

const cpus = os.cpus();
console.log(
  `\n${connections} connections; per scenario ${warmup} s warm-up, then ${duration} s in ${rounds} rounds taking turns ` +
    `with the other scenarios of its pass. autocannon and the servers on this machine: ${cpus.length} cores, ` +
    `${cpus[0]?.model ?? 'unknown CPU'}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB, Node ${process.version}, ` +
    `${os.type()} ${os.release()}; load average ${fmt(loadBefore, 2)} before, ${fmt(os.loadavg()[0], 2)} after; ` +
    `the API trusts the latest release ${ttl} ms; ${synthetic === null ? 'data/' : `${synthetic} synthetic agreements`} on ${engine}\n`,
);
console.log(
  '| response cache | scenario | req/s | p50 ms | p99 ms | req/s ÷ floor (rounds) | p99 ÷ floor | req/s ÷ raw node:http |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const { cache, bytes, floor, raw, list, compressed, notModified, baseline: before } of passes) {
  const label = cache ? 'on' : 'off';
  const line = (name, r) =>
    console.log(
      `| ${label} | ${name} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ` +
        `${fmt(r.rps / floor.rps, 2)} (${spread(r, floor)}) | ${fmt(r.p99 / floor.p99, 2)} | ${fmt(r.rps / raw.rps, 2)} |`,
    );
  line(`floor: Express, constant JSON, ${bytes} B`, floor);
  line(`floor: raw node:http, the same bytes serialised once`, raw);
  line(`\`GET ${LIST}\` → 200`, list);
  line('same, compressed (`Accept-Encoding: gzip, deflate, br` → brotli)', compressed);
  line('same, `If-None-Match` → 304', notModified);
  if (before) line("list → 200, the baseline's build", before);
}
console.log(
  '\n| response cache | list ≥ 0.8× floor | 304 ≥ 0.9× floor | p99 ≤ 1.2× floor (list, 304) | list ≥ 0.6× raw node:http |',
);
console.log('|---|---|---|---|---|');
for (const { cache, floor, raw, list, notModified } of passes) {
  const p99 = list.p99 <= GOALS.p99 * floor.p99 && notModified.p99 <= GOALS.p99 * floor.p99;
  console.log(
    `| ${cache ? 'on' : 'off'} | ${verdict(list.rps >= GOALS.list * floor.rps)} (${fmt(list.rps / floor.rps, 2)}) | ` +
      `${verdict(notModified.rps >= GOALS.notModified * floor.rps)} (${fmt(notModified.rps / floor.rps, 2)}) | ` +
      `${verdict(p99)} (${fmt(list.p99 / floor.p99, 2)}, ${fmt(notModified.p99 / floor.p99, 2)}) | ` +
      `${verdict(list.rps >= GOALS.raw * raw.rps)} (${fmt(list.rps / raw.rps, 2)}) |`,
  );
}

const on = passes.find((p) => p.cache);
const off = passes.find((p) => !p.cache);
console.log('\n| performance goal | verdict | measured |');
console.log('|---|---|---|');
const goal = (name, ok, measured) => console.log(`| ${name} | ${verdict(ok)} | ${measured} |`);
goal(
  'cached list ≥ 0.6× raw node:http',
  on.list.rps >= GOALS.raw * on.raw.rps,
  fmt(on.list.rps / on.raw.rps, 2),
);
goal(
  'cached list, brotli, ≥ 0.6× raw node:http',
  on.compressed.rps >= GOALS.raw * on.raw.rps,
  fmt(on.compressed.rps / on.raw.rps, 2),
);
goal(
  'list on a miss (cache off) ≥ 0.5× Express floor',
  off.list.rps >= MISS.rps * off.floor.rps,
  fmt(off.list.rps / off.floor.rps, 2),
);
goal(
  'list on a miss (cache off): p99 ≤ 3× Express floor',
  off.list.p99 <= MISS.p99 * off.floor.p99,
  fmt(off.list.p99 / off.floor.p99, 2),
);
