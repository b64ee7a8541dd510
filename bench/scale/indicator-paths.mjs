// Every indicator by its default breakdown, no filter, computed in one process both ways on the same
// synthetic SQLite database: from count rows (readCountRows + countedIndicator, as the API does) and over the
// assembled release (loadDataset + assembleAgreements + computeIndicator, as it did), twice. Decision 25.
// With `keyed`, the eight partner and HHI breakdowns that decision 31 moved to counts instead.
//   node bench/scale/indicator-paths.mjs [agreements, default 20000] [sqlite|postgres] [default|keyed]
//   (after `pnpm build`; postgres: on SCO_TEST_DATABASE_URL's server, a database of its own)
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import {
  assembleAgreements,
  assembleTallies,
  computeIndicator,
  countedIndicator,
  countNeeds,
  indicatorFilterSchema,
  INDICATORS,
} from '@sco/core';
import { loadDataPackage } from '@sco/datapackage';
import { testDatabases } from '@sco/db/testing';
import { createDb, importDataset, loadDataset, migrateToLatest, readCountRows } from '@sco/db';
import { generateDataset } from './generate.mjs';
const size = Number(process.argv[2] ?? 20000);
const loaded = await loadDataPackage(path.resolve('data'));
if (!loaded.ok) throw new Error('data/ is invalid');
const dir = await mkdtemp(path.join(os.tmpdir(), 'sqlind-cmp-'));
const postgres =
  process.argv[3] === 'postgres' ? (await testDatabases()).find((d) => d.dialect === 'postgres') : undefined;
if (process.argv[3] === 'postgres' && !postgres) throw new Error('set SCO_TEST_DATABASE_URL');
const instance = postgres ? await postgres.create() : null;
const db = createDb(instance ? instance.config : { dialect: 'sqlite', file: path.join(dir, 'b.sqlite') });
await migrateToLatest(db.db);
const t0 = performance.now();
const imp = await importDataset(db.db, generateDataset(loaded.dataset, { count: size, seed: 1 }), {
  actor: 'b',
  now: new Date(),
});
if (!imp.ok) throw new Error(imp.message);
const release = imp.release.id;
console.log(
  `${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} load; import of ${size}: ${Math.round(performance.now() - t0)} ms`,
);
const filter = indicatorFilterSchema.parse({});
const KEYED = [
  ['partners', 'partner_kind'],
  ['partners', 'sector'],
  ['hhi_partners', 'partner_kind'],
  ['hhi_partners', 'sector'],
  ['hhi_regions', 'sector'],
  ['hhi_regions', 'partner_kind'],
  ['hhi_sectors', 'region'],
  ['hhi_sectors', 'partner_kind'],
];
const requests =
  process.argv[4] === 'keyed'
    ? KEYED.map(([id, groupBy]) => ({ ind: INDICATORS.find((i) => i.id === id), groupBy }))
    : INDICATORS.map((ind) => ({ ind, groupBy: ind.default_group_by }));
for (let round = 0; round < 2; round++) {
  let s = performance.now();
  const dataset = await loadDataset(db.db, release);
  const data = { agreements: assembleAgreements(dataset), tallies: assembleTallies(dataset) };
  const assemble = performance.now() - s;
  const rows = [];
  let sqlTotal = 0,
    coreTotal = 0;
  for (const { ind, groupBy } of requests) {
    s = performance.now();
    const r = await readCountRows(db.db, release, filter, groupBy, countNeeds(ind.id));
    countedIndicator(ind.id, ind.unit, filter, groupBy, r);
    const sql = performance.now() - s;
    s = performance.now();
    computeIndicator(ind.id, { ...data, filter, group_by: groupBy });
    const core = performance.now() - s;
    sqlTotal += sql;
    coreTotal += core;
    rows.push(`${ind.id} by ${groupBy ?? 'nothing'}: sql ${sql.toFixed(0)} ms, core ${core.toFixed(0)} ms`);
  }
  console.log(
    `round ${round}: load+assemble ${assemble.toFixed(0)} ms; every request from SQL ${sqlTotal.toFixed(0)} ms; from the assembled release ${coreTotal.toFixed(0)} ms`,
  );
  console.log(rows.join('\n'));
}
await db.close();
await instance?.drop();
await rm(dir, { recursive: true, force: true });
