// The size of the built widgets as the API serves them: each file minified, and gzipped on its own at
// level 9 (as apps/api/src/widgets/static-file.ts does); what a page loads is a module and every module it
// imports. The map geometry is a file of its own, fetched by the map only, and not counted.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of a file: minified as built, and gzip -9. */
async function sizeOf(dir, file) {
  const bytes = await readFile(path.join(dir, file));
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** A module and every module it imports, directly or not (the manifest lists each module's imports). */
function closure(manifest, file) {
  const byName = new Map(manifest.files.map((entry) => [entry.file, entry]));
  const seen = new Set();
  const queue = [file];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(byName.get(next)?.imports ?? []));
  }
  return [...seen];
}

/**
 * Sizes of what a page loads for every widget (the entry module) and for each widget alone, and of the
 * map geometry apart; `dir` is the folder of the built files and their manifest.json.
 */
export async function widgetSizes(dir) {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  const sizes = new Map();
  for (const entry of manifest.files.filter((f) => f.file.endsWith('.js'))) {
    sizes.set(entry.file, await sizeOf(dir, entry.file));
  }
  const loads = (file) => {
    const files = closure(manifest, file);
    const sum = (key) => files.reduce((total, name) => total + (sizes.get(name)?.[key] ?? 0), 0);
    return { files: files.length, min: sum('min'), gzip: sum('gzip') };
  };
  return {
    version: manifest.version,
    all: loads(manifest.entry),
    widgets: Object.entries(manifest.widgets).map(([tag, file]) => ({ tag, ...loads(file) })),
    geometry: await sizeOf(dir, manifest.geometry),
  };
}
