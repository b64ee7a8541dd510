// The coverage of every cumulative official tally (/v1/tallies, the briefs, the count warmer), counted one
// tally after another as before — `readCountRows` against each: the agreement counts, the placements and the
// partners on or before its end, every time — against the count that shares what does not depend on the
// tally (`readCountRowsAgainst`: the counts and placements once, the partners once per tally), in turns, on
// synthetic releases of each size and both engines; the indicator from both must be equal. Prints a Markdown
// table.
//   node bench/scale/tally-coverage.mjs [--sizes 100000] [--engines sqlite,postgres] [--rounds 2]
//     [--seed 1]
// PostgreSQL runs when SCO_TEST_DATABASE_URL names a server (a database of its own is created and dropped).
import { isDeepStrictEqual } from 'node:util';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  comparedWithData,
  countedIndicator,
  countNeeds,
  DEFAULT_INDICATOR_FILTER,
  getIndicator,
} from '@sco/core';
import { loadDataPackage } from '@sco/datapackage';
import { loadTallies, readCountRows, readCountRowsAgainst } from '@sco/db';
import { withBenchDatabase } from './bench-database.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const sizes = option('sizes', '100000').split(',').map(Number);
const engines = option('engines', 'sqlite,postgres').split(',');
const rounds = Number(option('rounds', '2'));
const seed = Number(option('seed', '1'));
const filter = DEFAULT_INDICATOR_FILTER;
const needs = countNeeds('coverage');
const indicator = (rows) => countedIndicator('coverage', getIndicator('coverage').unit, filter, null, rows);

async function timed(work) {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

async function measure(engine, size, real) {
  const rows = await withBenchDatabase({ engine, size, real, seed }, async (db, release) => {
    const tallies = (await loadTallies(db.db, release)).filter(comparedWithData);
    const measured = [];
    for (let round = 1; round <= rounds; round++) {
      const load = os.loadavg()[0].toFixed(1);
      const apart = await timed(async () => {
        const results = [];
        for (const tally of tallies)
          results.push(indicator(await readCountRows(db.db, release, filter, null, needs, tally)));
        return results;
      });
      const together = await timed(async () =>
        (await readCountRowsAgainst(db.db, release, filter, needs, tallies)).map(indicator),
      );
      const same = isDeepStrictEqual(apart.result, together.result);
      console.error(
        `${engine} ${size} round ${round}: apart ${apart.ms.toFixed(0)} ms, together ${together.ms.toFixed(0)} ms`,
      );
      measured.push({ engine, size, round, load, tallies: tallies.length, apart, together, same });
    }
    return measured;
  });
  return Array.isArray(rows) ? rows : [{ engine, size, ...rows }];
}

const loaded = await loadDataPackage(path.join(rootDir, 'data'));
if (!loaded.ok) throw new Error('data/ is invalid: run `pnpm sco validate`');
const rows = [];
for (const engine of engines)
  for (const size of sizes) rows.push(...(await measure(engine, size, loaded.dataset)));
const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);
console.log(
  `Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB.\n`,
);
console.log(
  '| engine | agreements | tallies | round | one after another | together | time ÷ | same coverage | load |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---|---:|');
let differs = false;
let slower = 0;
for (const row of rows) {
  if (row.missing) {
    console.log(`| ${row.engine} | ${row.size} | missing: ${row.missing} |`);
    continue;
  }
  differs ||= !row.same;
  if (row.together.ms >= row.apart.ms) slower += 1;
  console.log(
    `| ${row.engine} | ${row.size} | ${row.tallies} | ${row.round} | ${ms(row.apart.ms)} | ${ms(row.together.ms)} | ${(row.together.ms / row.apart.ms).toFixed(2)} | ${row.same ? 'yes' : '**no**'} | ${row.load} |`,
  );
}
console.log('\n| goal | verdict |\n|---|---|');
console.log(
  `| counted together, every tally has the coverage counted alone gives | ${differs ? '**missed**' : 'met'} |`,
);
console.log(
  `| counted together is quicker than one tally after another, every round | ${slower === 0 ? 'met' : `**missed** (${slower} rounds)`} |`,
);
if (differs) {
  console.error('counted together gave another coverage than one tally after another: a defect');
  process.exitCode = 1;
}
