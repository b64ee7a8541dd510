// Where a brief's time goes as the data grows: the overview brief of a synthetic release of each size, on
// SQLite and PostgreSQL, split into reading the release (and the one before it) from the database, writing
// the page (every section's figures, in JavaScript), and Chromium's steps (each named as the renderer names
// it); then the same brief in French through the same cache of brief data, as a worker renders the next brief of
// a batch ("next": the release kept, its indicators computed once). With --count-ahead, the API's count
// warmer first computes the release's indicators and tallies' coverage from counts and keeps them (as the API
// does at start and after a release; its time is the "count ahead" column), and the brief takes them
// (decision 39). Prints a Markdown table.
//   node bench/scale/brief-phases.mjs [--sizes 137,10000,100000] [--engines sqlite,postgres] [--seed 1]
//     [--count-ahead]
// PostgreSQL runs when SCO_TEST_DATABASE_URL names a server (a database of its own is created and dropped).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as briefs from '@sco/briefs';
import { loadDataPackage } from '@sco/datapackage';
import { createDb, importDataset, migrateToLatest } from '@sco/db';
import { withBenchDatabase } from './bench-database.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const sizes = option('sizes', '137,10000,100000').split(',').map(Number);
const engines = option('engines', 'sqlite,postgres').split(',');
const seed = Number(option('seed', '1'));
const countAhead = args.includes('--count-ahead');
const loadAverage = () => os.loadavg()[0].toFixed(1);
const { createBriefRenderer, loadBriefData } = briefs;
// A build before decision 37 has no cache of brief data: its worker read the release again for every brief.
const newCache = (generation) =>
  briefs.BriefDataCache
    ? new briefs.BriefDataCache({ generation })
    : { get: (db, release) => loadBriefData(db, release) };

async function timed(work) {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

async function measure(engine, size, real, renderer) {
  const measured = await withBenchDatabase({ engine, size, real, seed }, async (db, release) => {
    const row = { engine, size, load: loadAverage() };
    let generation = null;
    if (countAhead) {
      const { buildId, CountWarmer, createLogger } = await import('@sco/api');
      generation = buildId();
      const warmer = new CountWarmer({ db, logger: createLogger({ level: 'silent' }), generation });
      row.countAhead = (
        await timed(async () => {
          warmer.warm(release);
          await warmer.idle();
        })
      ).ms;
    }
    const cache = newCache(generation);
    const read = await timed(() => cache.get(db.db, release));
    row.read = read.ms;
    const request = { template: 'overview', lang: 'en', paper: 'a4', release };
    const page = await timed(() => renderer.renderHtml(request, read.result));
    row.page = page.ms;
    row.htmlBytes = page.result.page.html.length;
    const pdf = await timed(() => renderer.render(request, read.result));
    row.pdf = pdf.ms;
    row.steps = pdf.result.timings;
    row.pages = pdf.result.pages;
    const next = await timed(async () =>
      renderer.render({ ...request, lang: 'fr' }, await cache.get(db.db, release)),
    );
    row.next = next.ms;
    console.error(JSON.stringify(row));
    return row;
  });
  return measured.missing ? { engine, size, ...measured } : measured;
}

const loaded = await loadDataPackage(path.join(rootDir, 'data'));
if (!loaded.ok) throw new Error('data/ is invalid: run `pnpm sco validate`');
const renderer = createBriefRenderer({ chromiumPath: process.env.CHROMIUM_PATH || null });
const rows = [];
try {
  // A first brief of the real data, not timed: Chromium's start and the fonts' first load are not the data's.
  const warm = createDb({ dialect: 'sqlite', file: ':memory:' });
  await migrateToLatest(warm.db);
  await importDataset(warm.db, loaded.dataset, { actor: 'bench', now: new Date() });
  await renderer.render({ template: 'overview', lang: 'en', paper: 'a4' }, await loadBriefData(warm.db));
  await warm.close();
  for (const engine of engines)
    for (const size of sizes) rows.push(await measure(engine, size, loaded.dataset, renderer));
} finally {
  await renderer.close();
}
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const stepNames = [...new Set(rows.flatMap((row) => Object.keys(row.steps ?? {})))];
console.log(
  `| engine | agreements | count ahead | read | page | PDF | ${stepNames.join(' | ')} | pages | next (fr) | load |`,
);
console.log(`|---|---:|---:|---:|---:|---:|${stepNames.map(() => '---:').join('|')}|---:|---:|---:|`);
for (const row of rows) {
  if (row.missing) {
    console.log(`| ${row.engine} | ${row.size} | missing: ${row.missing} |`);
    continue;
  }
  const steps = stepNames.map((name) => (row.steps[name] === undefined ? '–' : fmt(row.steps[name])));
  console.log(
    `| ${row.engine} | ${row.size} | ${row.countAhead === undefined ? '–' : fmt(row.countAhead)} | ${fmt(row.read)} | ${fmt(row.page)} | ${fmt(row.pdf)} | ${steps.join(' | ')} | ${row.pages} | ${fmt(row.next)} | ${row.load} |`,
  );
}
