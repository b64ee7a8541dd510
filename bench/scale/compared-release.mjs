// The release a brief or the landing page only compares with (the one before the latest, for the change in
// coverage since it), read whole as before decision 39 — every table, assembled (`loadDataset`,
// `assembleAgreements`) — against the narrow read that replaced it (`loadCoverageInputs`: five columns per
// agreement, one per partner party), in turns, on synthetic releases of each size and both engines: the
// time of each read and the heap it holds, and the coverage of each official tally from both (which must
// be equal). Prints a Markdown table; run with --expose-gc for the heap.
//   node --expose-gc bench/scale/compared-release.mjs [--sizes 10000,100000] [--engines sqlite,postgres]
//     [--rounds 3] [--seed 1]
// PostgreSQL runs when SCO_TEST_DATABASE_URL names a server (a database of its own is created and dropped).
import { isDeepStrictEqual } from 'node:util';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleAgreements, assembleTallies, tallyCoverageRows } from '@sco/core';
import { loadDataPackage } from '@sco/datapackage';
import { loadCoverageInputs, loadDataset } from '@sco/db';
import { withBenchDatabase } from './bench-database.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const sizes = option('sizes', '10000,100000').split(',').map(Number);
const engines = option('engines', 'sqlite,postgres').split(',');
const rounds = Number(option('rounds', '3'));
const seed = Number(option('seed', '1'));
const gc = globalThis.gc ?? null;
/** The heap in use after a full collection, once its sweeping is done. */
const heap = async () => {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return process.memoryUsage().heapUsed;
};

/** A read's time, and the heap its result holds (with --expose-gc). */
async function measured(read) {
  const before = await heap();
  const start = performance.now();
  const result = await read();
  const ms = performance.now() - start;
  return { ms, held: gc ? (await heap()) - before : null, result };
}

async function measure(engine, size, real) {
  const rows = await withBenchDatabase({ engine, size, real, seed }, async (db, release) => {
    const tallies = assembleTallies(await loadDataset(db.db, release));
    const measuredRows = [];
    for (let round = 1; round <= rounds; round++) {
      const load = os.loadavg()[0].toFixed(1);
      const whole = await measured(async () => assembleAgreements(await loadDataset(db.db, release)));
      const wholeCoverage = tallyCoverageRows(tallies, whole.result);
      whole.result = null;
      const narrow = await measured(() => loadCoverageInputs(db.db, release));
      const same = isDeepStrictEqual(wholeCoverage, tallyCoverageRows(tallies, narrow.result));
      measuredRows.push({ engine, size, round, load, whole, narrow, same });
    }
    return measuredRows;
  });
  return Array.isArray(rows) ? rows : [{ engine, size, ...rows }];
}

const loaded = await loadDataPackage(path.join(rootDir, 'data'));
if (!loaded.ok) throw new Error('data/ is invalid: run `pnpm sco validate`');
const rows = [];
for (const engine of engines)
  for (const size of sizes) rows.push(...(await measure(engine, size, loaded.dataset)));
const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);
const mb = (bytes) => (bytes === null ? '–' : `${Math.round(bytes / 1e6)} MB`);
console.log(
  `Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB; heap held ${gc ? 'measured' : 'not measured (run with --expose-gc)'}.\n`,
);
console.log(
  '| engine | agreements | round | whole: time | whole: heap held | narrow: time | narrow: heap held | time ÷ | same coverage | load |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|---:|');
let differs = false;
for (const row of rows) {
  if (row.missing) {
    console.log(`| ${row.engine} | ${row.size} | missing: ${row.missing} |`);
    continue;
  }
  differs ||= !row.same;
  console.log(
    `| ${row.engine} | ${row.size} | ${row.round} | ${ms(row.whole.ms)} | ${mb(row.whole.held)} | ${ms(row.narrow.ms)} | ${mb(row.narrow.held)} | ${(row.narrow.ms / row.whole.ms).toFixed(2)} | ${row.same ? 'yes' : '**no**'} | ${row.load} |`,
  );
}
console.log('\n| goal | verdict |\n|---|---|');
console.log(
  `| the narrow read gives every tally the coverage the whole release gives | ${differs ? '**missed**' : 'met'} |`,
);
if (differs) {
  console.error('the narrow read gave another coverage than the whole release: a defect');
  process.exitCode = 1;
}
