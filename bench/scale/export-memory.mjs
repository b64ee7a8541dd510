// The memory of a CSV export as a deployment sees it: the API started as its own process (`apps/api/dist/
// main.js`, default V8 heap) on a database already filled (by import-memory.mjs), then one export of every
// agreement streamed to a client that counts the bytes and drops them. Samples the API process's RSS from
// /proc (Linux) every 20 ms and prints its baseline (after a warm-up export of one partner's agreements), its
// peak during the export, the growth, the time and the bytes. The benchmark of run.mjs measures the export
// in the benchmark's own process, with a heap limit of gigabytes, so its RSS growth also counts what V8 is
// allowed to leave uncollected; this is the figure of the issue's goal (export streaming with RSS < 300 MB).
//   node bench/scale/export-memory.mjs (--file <SQLite file named observatory.sqlite> | --url <PostgreSQL>)
//     [--query 'format=csv&include_adjacent=true'] [--node-options '--max-old-space-size=256']
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = path.join(rootDir, 'apps', 'api', 'dist', 'main.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const file = option('file', undefined);
const url = option('url', undefined);
const query = option('query', 'format=csv&include_adjacent=true');
const nodeOptions = option('node-options', '');
if ((file === undefined) === (url === undefined)) throw new Error('give --file or --url');
if (file !== undefined && path.basename(file) !== 'observatory.sqlite') {
  throw new Error('--file: the API reads <state folder>/observatory.sqlite; name the file so');
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The resident set of a process, in MB, from /proc/<pid>/status. */
async function rssMb(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

/** GETs a URL and counts its body's bytes chunk by chunk, keeping none. */
async function drain(target) {
  const response = await fetch(target);
  if (response.status !== 200)
    throw new Error(`${target} answered ${response.status}: ${await response.text()}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.byteLength;
  return bytes;
}

const port = await freePort();
const child = spawn(process.execPath, [MAIN], {
  cwd: rootDir,
  env: {
    PATH: process.env['PATH'] ?? '',
    PORT: String(port),
    HOST: '127.0.0.1',
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    ...(file ? { SCO_STATE_DIR: path.dirname(path.resolve(file)) } : { SCO_DATABASE_URL: url }),
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
try {
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    if (waited > 300_000) throw new Error('the API was not ready within 300 s');
    const ready = await fetch(`${base}/readyz`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ready) break;
    await sleep(200);
  }
  await drain(`${base}/v1/agreements?format=csv&partner=DEU`);
  await sleep(1000);
  const baseline = await rssMb(child.pid);
  let peak = baseline;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await rssMb(child.pid));
      await sleep(20);
    }
  })();
  const started = process.hrtime.bigint();
  const bytes = await drain(`${base}/v1/agreements?${query}`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  sampling = false;
  await sampler;
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(
    `${file ? 'sqlite' : 'postgres'}${nodeOptions ? ` (${nodeOptions})` : ''}: GET /v1/agreements?${query}: ${(bytes / 2 ** 20).toFixed(1)} MB in ` +
      `${seconds.toFixed(1)} s; API process RSS ${baseline.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB, ` +
      `growth ${(peak - baseline).toFixed(0)} MB (load average ${load})`,
  );
} finally {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
