// The memory of a sliced import (decision 20), slice by slice: after each slice is written, a full garbage
// collection, then this process's RSS, V8 heap and external memory. Keeps the database it fills, so that the
// queries of a listing can be examined on it afterwards.
//   node --expose-gc bench/scale/import-memory.mjs --size 200000 [--seed 1] [--slice 10000]
//     (--file <new SQLite file> | --url <an empty PostgreSQL database>)
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataPackage } from '@sco/datapackage';
import { createDb, importDatasetSlices, migrateToLatest } from '@sco/db';
import { generateSlices } from './generate.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const size = Number(option('size', '100000'));
const seed = Number(option('seed', '1'));
const sliceSize = Number(option('slice', '10000'));
const file = option('file', undefined);
const url = option('url', undefined);
if ((file === undefined) === (url === undefined)) throw new Error('give --file or --url');
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');

const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
const start = process.hrtime.bigint();

function sample(written) {
  globalThis.gc();
  const memory = process.memoryUsage();
  const seconds = (Number(process.hrtime.bigint() - start) / 1e9).toFixed(0);
  const load = os.loadavg()[0].toFixed(1);
  console.log(
    [
      written,
      seconds,
      mb(memory.rss),
      mb(memory.heapUsed),
      mb(memory.external),
      mb(memory.arrayBuffers),
      load,
    ].join('\t'),
  );
}

function* measured(slices) {
  let written = 0;
  for (const slice of slices) {
    yield slice;
    // The import asks for the next slice once this one is written.
    written += slice.tables.agreements.length;
    sample(written);
  }
}

const loaded = await loadDataPackage(path.join(rootDir, 'data'));
if (!loaded.ok) throw new Error('data/ does not load');
const db = createDb(file ? { dialect: 'sqlite', file } : { dialect: 'postgres', url });
try {
  await migrateToLatest(db.db);
  console.log(
    ['agreements', 'seconds', 'rss MB', 'heap MB', 'external MB', 'arrayBuffers MB', 'load'].join('\t'),
  );
  sample(0);
  const result = await importDatasetSlices(
    db.db,
    measured(generateSlices(loaded.dataset, { count: size, seed, size: sliceSize })),
    { actor: 'bench', now: new Date() },
  );
  if (!result.ok) throw new Error(result.message);
  sample(size);
} finally {
  await db.close();
}
