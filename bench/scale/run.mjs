// The cost curve: the real data (137 agreements) and synthetic datasets of 10k, 100k (1M with --sizes) on
// SQLite and PostgreSQL. For each: import (a synthetic one in slices) with its peak RSS, then through the API in this process (response cache off, so
// every request is a miss): the filtered list's first page and a deep cursor page, a search, the official
// tallies (first request and again), every
// indicator (first request, which loads the release, and again), the counted indicators, a partner profile,
// and the CSV export of every agreement with this process's peak RSS. Prints a Markdown table with each
// time's ratio to 137.
//   node bench/scale/run.mjs [--sizes 137,10000,100000] [--engines sqlite,postgres] [--runs 15] [--seed 1]
//     [--indicators all|counted|none] (--no-indicators = none) [--no-count-ahead] [--no-brief]
// PostgreSQL runs when SCO_TEST_DATABASE_URL names a server (a database of its own is created and dropped).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { clearInterval, setInterval, setTimeout } from 'node:timers';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildId, CountWarmer, createApp, createLogger } from '@sco/api';
import { loadConfig } from '@sco/config';
import { loadDataPackage } from '@sco/datapackage';
import {
  createDb,
  importDataset,
  importDatasetSlices,
  listAgreementIds,
  listAgreements,
  migrateToLatest,
} from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { generateSlices } from './generate.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const sizes = option('sizes', '137,10000,100000').split(',').map(Number);
const engines = option('engines', 'sqlite,postgres').split(',');
const runs = Number(option('runs', '15'));
const seed = Number(option('seed', '1'));
// --indicators all (default): every indicator, the counted ones, the grouped counts and the partner profile;
// counted: only the counted indicators (from grouped SQL, decision 19) and the grouped counts, first in a
// fresh process, so that a code that still assembles the release for them pays for it there, then the
// keyed requests (by sector, per-party filters), the first of which pays for it when they assemble it;
// none (or --no-indicators): no indicator and no profile.
const indicators = args.includes('--no-indicators') ? 'none' : option('indicators', 'all');
// The indicators of the release are counted ahead after its import, as the API does at start and after a
// release (CountWarmer, decision 35), and timed apart ("count ahead"); --no-count-ahead leaves every first
// request to count, as before.
const countAhead = indicators !== 'none' && !args.includes('--no-count-ahead');
// The overview brief rendered from its permalink after the indicators (--indicators all; --no-brief skips it):
// the brief assembles the release it prints (bench/README.md says up to which size it was measured).
const withBrief = indicators === 'all' && !args.includes('--no-brief');
if (!['all', 'counted', 'none'].includes(indicators)) throw new Error('--indicators: all, counted or none');

// The requests of the counted indicators: agreements in total and by year, region and partner kind, the
// cumulative series, the BRI share by region.
const COUNTED = [
  '/v1/indicators/agreements',
  '/v1/indicators/agreements?group_by=year',
  '/v1/indicators/agreements?group_by=region',
  '/v1/indicators/agreements?group_by=partner_kind',
  '/v1/indicators/agreements_cumulative',
  '/v1/indicators/bri_share?group_by=region',
];
// The requests counted since decision 19's amendment: by sector, and the partner filters that one party
// must pass together (a widget with both partner and region; partner kind).
const KEYED = [
  '/v1/indicators/agreements?group_by=sector',
  '/v1/indicators/bri_share?group_by=sector',
  '/v1/indicators/agreements?group_by=year&partner=DEU&region=150',
  '/v1/indicators/agreements?group_by=type&partner_kind=national_standards_body',
];

const LIST = '/v1/agreements?limit=50&from=2010&sort=-signed_date';

/** When and under what load a figure was measured, for the progress lines. */
const loadAverage = () =>
  `${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} at ${new Date().toISOString().slice(11, 19)} UTC`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function timed(action) {
  const start = process.hrtime.bigint();
  const result = await action();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/**
 * GETs a URL and returns the byte length of its body, read chunk by chunk and dropped: the CSV export's
 * RSS is measured in this process, so the client must not hold the hundreds of MB the server streams.
 */
async function get(base, url) {
  const response = await fetch(base + url);
  if (response.status !== 200)
    throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.byteLength;
  return bytes;
}

/**
 * The overview brief of a release, from its permalink (no key needed) to the PDF: the first GET queues the
 * job (202), then the permalink is asked again every 250 ms until it answers the PDF (200). Its time, or
 * what went wrong (a status and the problem's detail) when it fails or takes more than 15 minutes.
 */
async function briefRender(base, release) {
  const url = `${base}/v1/briefs/pdf?template=overview&lang=en&paper=a4&release=${encodeURIComponent(release)}`;
  const start = process.hrtime.bigint();
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    const response = await fetch(url);
    if (response.status === 200) {
      await response.arrayBuffer();
      return Number(process.hrtime.bigint() - start) / 1e6;
    }
    const body = await response.text();
    if (response.status !== 202) return `${response.status}: ${body.slice(0, 200)}`;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return 'no PDF within 15 minutes';
}

async function p50(base, url) {
  await get(base, url);
  const times = [];
  for (let i = 0; i < runs; i += 1) times.push((await timed(() => get(base, url))).ms);
  return median(times);
}

/** Peak RSS of this process while `action` runs, sampled every 10 ms, in MB. */
async function peakRss(action) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const { ms, result } = await timed(action);
    return { ms, result, peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The slices, with a progress line at every 100,000 agreements handed to the import (the time since the
 * first slice and this process's RSS): a long import shows its rate while it runs.
 */
function* progress(engine, size, slices) {
  const start = process.hrtime.bigint();
  let agreements = 0;
  for (const slice of slices) {
    yield slice;
    const before = agreements;
    agreements += slice.tables.agreements.length;
    if (Math.floor(agreements / 100_000) > Math.floor(before / 100_000)) {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const rss = process.memoryUsage().rss / 2 ** 20;
      console.error(
        `${engine} ${size}: ${agreements} agreements written in ${seconds.toFixed(0)} s, RSS ${rss.toFixed(0)} MB (load average ${loadAverage()})`,
      );
    }
  }
}

async function measure(engine, size, real) {
  const postgres =
    engine === 'postgres' ? (await testDatabases()).find((d) => d.dialect === 'postgres') : undefined;
  if (engine === 'postgres' && !postgres)
    return { engine, size, missing: 'PostgreSQL (set SCO_TEST_DATABASE_URL)' };
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'sco-bench-scale-'));
  const instance = postgres ? await postgres.create() : null;
  const config = loadConfig(
    { SCO_STATE_DIR: stateDir, ...(instance ? { SCO_DATABASE_URL: instance.config.url } : {}) },
    rootDir,
  );
  const db = createDb(
    instance ? instance.config : { dialect: 'sqlite', file: path.join(stateDir, 'bench.sqlite') },
  );
  let server;
  try {
    await migrateToLatest(db.db);
    // The synthetic dataset is generated and imported slice by slice in one transaction (decision 20): the
    // process holds one slice of 10,000 agreements at a time, not the dataset.
    console.error(`${engine} ${size}: importing (load average ${loadAverage()})`);
    globalThis.gc?.();
    const imported = await peakRss(() =>
      size === 137
        ? importDataset(db.db, real, { actor: 'bench', now: new Date() })
        : importDatasetSlices(db.db, progress(engine, size, generateSlices(real, { count: size, seed })), {
            actor: 'bench',
            now: new Date(),
          }),
    );
    if (!imported.result.ok) throw new Error(imported.result.message);
    globalThis.gc?.();
    const release = imported.result.release.id;
    const logger = createLogger({ level: 'silent' });
    const app = createApp(
      { db, config, logger, now: () => new Date() },
      {
        responseCache: false,
        rateLimits: { expensiveReads: 1e9, writes: 1e9, briefs: 1e9 },
      },
    );
    server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const base = `http://127.0.0.1:${server.address().port}`;
    const total = (await listAgreements(db.db, release, { from: 2010, sort: '-signed_date', limit: 1 }))
      .total;
    // The cursor of the page 90 % deep, from the ids of the pages before it (not their rows: at 1,000,000
    // agreements their rows would not fit this process's heap).
    const deep = await listAgreementIds(db.db, release, {
      from: 2010,
      sort: '-signed_date',
      limit: Math.max(1, Math.floor(total * 0.9)),
    });
    // Each figure is printed as soon as it is measured, so that a long run stopped midway leaves what it did.
    const row = new Proxy(
      { engine, size },
      {
        set(target, key, value) {
          target[key] = value;
          console.error(
            `${engine} ${size}: ${String(key)} ${JSON.stringify(value)} (load average ${loadAverage()})`,
          );
          return true;
        },
      },
    );
    row.importMs = imported.ms;
    row.importPeakMb = imported.peakMb;
    row.listFirst = await p50(base, LIST);
    row.listDeep = deep.next ? await p50(base, `${LIST}&cursor=${encodeURIComponent(deep.next)}`) : null;
    row.search = await p50(base, '/v1/agreements?limit=50&q=railway');
    row.partnerFilter = await p50(base, '/v1/agreements?limit=50&partner=DEU&sort=-signed_date');
    // The official tallies with their coverage, before anything holds the release whole (decision 39): the
    // first request reads the release's coverage inputs, the next ones only count.
    row.talliesFirst = (await timed(() => get(base, '/v1/tallies'))).ms;
    row.tallies = await p50(base, '/v1/tallies');
    // The export before the indicators, so that its RSS growth is measured before they hold anything.
    globalThis.gc?.();
    const baseline = process.memoryUsage().rss / 2 ** 20;
    const csv = await peakRss(() => get(base, '/v1/agreements?format=csv&include_adjacent=true'));
    row.csvMs = csv.ms;
    row.csvPeakMb = csv.peakMb - baseline;
    row.csvBytes = csv.result;
    if (countAhead) {
      const warmer = new CountWarmer({ db, logger, generation: buildId() });
      row.countAhead = (
        await timed(async () => {
          warmer.warm(release);
          await warmer.idle();
        })
      ).ms;
      const kept = await db.db
        .selectFrom('release_memos')
        .select((eb) => [eb.fn.countAll().as('keys'), eb.fn.sum(eb.fn('length', ['value'])).as('bytes')])
        .where('release_id', '=', release)
        .executeTakeFirstOrThrow();
      row.keptKeys = Number(kept.keys);
      row.keptBytes = Number(kept.bytes);
    }
    const everyCounted = async () => {
      for (const url of COUNTED) await get(base, url);
    };
    const everyKeyed = async () => {
      for (const url of KEYED) await get(base, url);
    };
    const grouped = async () =>
      Math.max(
        await p50(base, '/v1/indicators/agreements?group_by=region'),
        await p50(base, '/v1/indicators/agreements?group_by=year'),
      );
    if (indicators === 'all') {
      const catalogue = await (await fetch(`${base}/v1/indicators`)).json();
      const everyIndicator = async () => {
        for (const { id } of catalogue.items) await get(base, `/v1/indicators/${id}`);
      };
      row.indicatorsFirst = (await timed(everyIndicator)).ms;
      row.indicators = (await timed(everyIndicator)).ms;
      row.counted = (await timed(everyCounted)).ms;
      row.keyed = (await timed(everyKeyed)).ms;
      row.grouped = await grouped();
      row.sector = await p50(base, '/v1/indicators/agreements?group_by=sector');
      row.partner = await p50(base, '/v1/partners/DEU');
      if (withBrief) row.brief = await briefRender(base, release);
    } else if (indicators === 'counted') {
      row.countedFirst = (await timed(everyCounted)).ms;
      row.counted = (await timed(everyCounted)).ms;
      row.keyedFirst = (await timed(everyKeyed)).ms;
      row.keyed = (await timed(everyKeyed)).ms;
      row.grouped = await grouped();
      row.sector = await p50(base, '/v1/indicators/agreements?group_by=sector');
    }
    return row;
  } finally {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    await db.close();
    await instance?.drop();
    await rm(stateDir, { recursive: true, force: true });
  }
}

const loaded = await loadDataPackage(path.join(rootDir, 'data'));
if (!loaded.ok) throw new Error('data/ is invalid: run `pnpm sco validate`');
const rows = [];
for (const engine of engines) {
  for (const size of sizes) {
    const row = await measure(engine, size, loaded.dataset);
    rows.push(row);
    console.error(JSON.stringify(row));
  }
}

const COLUMNS = [
  ['importMs', 'import'],
  ['countAhead', 'count ahead'],
  ['listFirst', 'list p1'],
  ['listDeep', 'list deep'],
  ['search', 'q'],
  ['partnerFilter', 'partner='],
  ['talliesFirst', 'tallies 1st'],
  ['tallies', 'tallies'],
  ['indicatorsFirst', 'all indicators 1st'],
  ['indicators', 'indicators'],
  ['countedFirst', 'counted 1st'],
  ['counted', 'counted'],
  ['keyedFirst', 'keyed 1st'],
  ['keyed', 'keyed'],
  ['grouped', 'grouped'],
  ['sector', 'by sector'],
  ['partner', 'profile'],
  ['brief', 'brief'],
  ['csvMs', 'CSV'],
];
const fmt = (ms) =>
  ms === null || ms === undefined
    ? '–'
    : typeof ms === 'string'
      ? ms
      : ms >= 1000
        ? `${(ms / 1000).toFixed(1)} s`
        : `${ms.toFixed(1)} ms`;
console.log(
  `| engine | agreements | ${COLUMNS.map(([, label]) => label).join(' | ')} | import peak RSS | CSV RSS growth |`,
);
console.log(`|---|---:|${COLUMNS.map(() => '---:').join('|')}|---:|---:|`);
for (const row of rows) {
  if (row.missing) {
    console.log(`| ${row.engine} | ${row.size} | missing: ${row.missing} |`);
    continue;
  }
  const small = rows.find((other) => other.engine === row.engine && other.size === 137);
  const cells = COLUMNS.map(([key]) => {
    const ratio =
      small && row.size !== 137 && typeof small[key] === 'number' && typeof row[key] === 'number'
        ? ` (×${(row[key] / small[key]).toFixed(1)})`
        : '';
    return `${fmt(row[key])}${ratio}`;
  });
  console.log(
    `| ${row.engine} | ${row.size} | ${cells.join(' | ')} | ${row.importPeakMb.toFixed(0)} MB | ${row.csvPeakMb.toFixed(0)} MB |`,
  );
}
for (const row of rows) {
  if (row.keptKeys === undefined) continue;
  console.log(
    `- ${row.engine} ${row.size}: ${row.keptKeys} memos kept by the count ahead (results and count rows), ${(row.keptBytes / 2 ** 20).toFixed(1)} MB of rows`,
  );
}
const GOALS = [
  ['list first page < 50 ms p50 at the largest size, both engines', (r) => r.listFirst < 50],
  [
    'list deep page < 50 ms p50 at the largest size, both engines',
    (r) => r.listDeep === null || r.listDeep < 50,
  ],
  [
    `every indicator < 1 s in total at the largest size${countAhead ? ' (after the count ahead)' : ''}`,
    (r) => (r.indicatorsFirst === undefined ? null : r.indicatorsFirst < 1000),
  ],
  ['grouped counts < 300 ms at the largest size', (r) => (r.grouped === undefined ? null : r.grouped < 300)],
  ['CSV export RSS growth < 300 MB at the largest size', (r) => r.csvPeakMb < 300],
];
const largest = Math.max(...sizes);
for (const [goal, met] of GOALS) {
  const subject = rows.filter((row) => !row.missing && row.size === largest);
  const verdicts = subject.map(met);
  const status =
    verdicts.length === 0 || verdicts.includes(null)
      ? 'not measured'
      : verdicts.every(Boolean)
        ? 'met'
        : 'missed';
  console.log(`- goal ${status}: ${goal} (${largest})`);
}
