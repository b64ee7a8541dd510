// API throughput benchmark: the filtered agreements list, the same with If-None-Match (304), and the floor —
// Express 5 answering a constant JSON body of the same size — measured in one run, with the API's response
// cache on and off. Prints a Markdown table of requests/s and p99 latency and their ratios to the floor.
//   node bench/api/run.mjs [--duration 10] [--connections 64]
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '64' } },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const LIST = '/v1/agreements?limit=50&sort=-signed_date&include_adjacent=true';

let nextPort = 43000 + Math.floor(Math.random() * 2000);

async function startServer(args) {
  const port = nextPort++;
  const child = fork(path.join(here, 'servers.mjs'), [args[0], String(port), ...args.slice(1)], {
    stdio: 'inherit',
  });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`server ${args[0]} exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

function load(url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers, pipelining: 1 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

function row(name, result, floor) {
  const rps = result.requests.average;
  const p99 = result.latency.p99;
  const non2xx = result.non2xx;
  return {
    name,
    rps: Math.round(rps),
    p99,
    rpsRatio: floor ? (rps / floor.requests.average).toFixed(2) : '1.00',
    p99Ratio: floor ? (p99 / floor.latency.p99).toFixed(2) : '1.00',
    errors: result.errors + result.timeouts,
    non2xx,
  };
}

const state = await mkdtemp(path.join(os.tmpdir(), 'sco-bench-'));
const rows = [];
try {
  for (const cache of [true, false]) {
    const api = await startServer([
      'api',
      path.join(state, cache ? 'cached' : 'uncached'),
      ...(cache ? [] : ['--no-cache']),
    ]);
    const sample = await fetch(api.url + LIST);
    const body = await sample.text();
    const etag = sample.headers.get('etag') ?? '';
    const constant = await startServer(['constant', String(Buffer.byteLength(body))]);
    // warm up both
    await Promise.all([fetch(api.url + LIST), fetch(constant.url + '/constant')]);
    const floor = await load(constant.url + '/constant');
    const list = await load(api.url + LIST);
    const notModified = await load(api.url + LIST, { 'if-none-match': etag });
    const label = cache ? 'cache on' : 'cache off';
    rows.push(row(`constant JSON, ${Buffer.byteLength(body)} B (floor, ${label} run)`, floor, null));
    rows.push(row(`GET ${LIST} (${label})`, list, floor));
    rows.push(row(`same, If-None-Match → 304 (${label})`, notModified, floor));
    api.stop();
    constant.stop();
  }
} finally {
  await rm(state, { recursive: true, force: true });
}

console.log(
  `\n${connections} connections, ${duration} s each, load generator and servers on this machine (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}\n`,
);
console.log('| scenario | req/s | p99 ms | req/s ÷ floor | p99 ÷ floor | errors | non-2xx |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.rps} | ${r.p99} | ${r.rpsRatio} | ${r.p99Ratio} | ${r.errors} | ${r.non2xx} |`,
  );
}
