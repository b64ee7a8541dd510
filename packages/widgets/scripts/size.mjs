// Prints the size of each built module (minified, then gzip -9) and of what a page loads: every widget
// (sco-widgets.js and the chunks it imports) and each widget alone. The map geometry is fetched apart and
// not counted. Exits 1 when every widget together exceeds the budget.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Decision 0022: 37.5 KB (the investment bars' hooks; their own code loads apart).
const BUDGET = 37.5 * 1024;
const dist = path.resolve(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(await readFile(path.join(dist, 'manifest.json'), 'utf8'));
const sizes = new Map(manifest.files.map((f) => [f.file, f]));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(path.join(dist, file), 'utf8');
  for (const [, imported] of code.matchAll(
    /(?:import|export)\s*(?:[^'"`;]*?from\s*)?["']\.\/([^"']+)["']/g,
  )) {
    await closure(imported, seen);
  }
  return seen;
}

console.log('file                                  min      min+gzip');
for (const f of manifest.files.filter((f) => f.file.endsWith('.js'))) {
  console.log(`${f.file.padEnd(36)} ${kb(f.bytes).padStart(8)} ${kb(f.gzip).padStart(10)}`);
}
const total = async (entry) =>
  [...(await closure(entry))].reduce((sum, file) => sum + (sizes.get(file)?.gzip ?? 0), 0);
console.log('\nwhat a page loads (min+gzip, each file compressed on its own, as served):');
const all = await total(manifest.entry);
console.log(`${'every widget (sco-widgets.js)'.padEnd(36)} ${kb(all).padStart(19)}   budget ${kb(BUDGET)}`);
for (const [tag, file] of Object.entries(manifest.widgets)) {
  const separate = manifest.separate.includes(tag) ? '   (not in sco-widgets.js: load its own module)' : '';
  console.log(`${`${tag} alone`.padEnd(36)} ${kb(await total(file)).padStart(19)}${separate}`);
}
// Chunks no entry imports statically: loaded on demand (the investment bars, with `show-investment`).
const reached = new Set();
for (const file of [manifest.entry, ...Object.values(manifest.widgets)])
  for (const f of await closure(file)) reached.add(f);
for (const f of manifest.files.filter((f) => f.file.endsWith('.js') && !reached.has(f.file))) {
  console.log(
    `${`${f.file} (on demand)`.padEnd(36)} ${kb(f.gzip).padStart(19)}   not counted: loaded only when asked for`,
  );
}
if (all > BUDGET) {
  console.error(`over budget by ${kb(all - BUDGET)}`);
  process.exit(1);
}
