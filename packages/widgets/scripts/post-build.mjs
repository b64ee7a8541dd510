// After `vite build` and `cem analyze`: copies the map geometry beside the modules, writes the docs page from
// the custom-elements manifest, makes each module import every module it needs directly, and lists every file
// with its size, SHA-384 SRI hash and (modules) the modules it imports in dist/manifest.json (for the embed
// builder).
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DOCS_CSS, docsPage } from './docs-page.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

await mkdir(path.join(dist, 'geo'), { recursive: true });
await copyFile(
  require.resolve('world-atlas/countries-110m.json'),
  path.join(dist, 'geo', 'countries-110m.json'),
);

const elements = JSON.parse(await readFile(path.join(dist, 'custom-elements.json'), 'utf8'));
await writeFile(path.join(dist, 'docs.html'), docsPage(elements, pkg.version));
await writeFile(path.join(dist, 'docs.css'), DOCS_CSS);

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full];
    }),
  );
  return files.flat();
}

/** The modules a built module imports statically (all of them sit beside it: `./name.js`). */
const importsOf = (code) => [
  ...new Set([...code.matchAll(/(?:from|import)\s*["']\.\/([^"']+)["']/g)].map((match) => match[1])),
];

/**
 * Hoists transitive imports (what Rollup's `hoistTransitiveImports` does and Rolldown does not yet): each
 * module gets a bare `import"./x.js";` of every module it needs only through another one, so that the
 * browser requests the whole graph as soon as it parses the module, not one level at a time. Evaluation
 * order is unchanged: those modules were evaluated before the module's own imports' bodies anyway.
 */
async function hoistTransitiveImports(dir) {
  const modules = (await readdir(dir)).filter((name) => name.endsWith('.js'));
  const direct = new Map();
  for (const name of modules) direct.set(name, importsOf(await readFile(path.join(dir, name), 'utf8')));
  for (const name of modules) {
    const own = direct.get(name) ?? [];
    const needed = new Set();
    const queue = [...own];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (needed.has(next)) continue;
      needed.add(next);
      queue.push(...(direct.get(next) ?? []));
    }
    const hoisted = [...needed].filter((module) => !own.includes(module)).sort();
    if (hoisted.length === 0) continue;
    const code = await readFile(path.join(dir, name), 'utf8');
    await writeFile(path.join(dir, name), hoisted.map((module) => `import"./${module}";`).join('') + code);
  }
}

await hoistTransitiveImports(dist);

const files = [];
for (const file of (await filesUnder(dist)).sort()) {
  const name = path.relative(dist, file).split(path.sep).join('/');
  if (name === 'manifest.json') continue;
  const bytes = await readFile(file);
  files.push({
    file: name,
    bytes: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
    // An integrity hash on a <script> covers that file only: a page that wants every module it runs checked
    // preloads the imported ones with their own hashes (<link rel="modulepreload" integrity>).
    ...(name.endsWith('.js') ? { imports: importsOf(bytes.toString('utf8')) } : {}),
  });
}

const widgets = elements.modules
  .flatMap((module) => module.declarations ?? [])
  .map((declaration) => declaration.tagName)
  .filter(Boolean)
  .sort();
const entryImports = files.find((f) => f.file === 'sco-widgets.js')?.imports ?? [];
const entryCode = await readFile(path.join(dist, 'sco-widgets.js'), 'utf8');
// The entry defines a widget by importing its module, or itself (the widgets whose code is in the core chunk).
const inEntry = (tag) =>
  entryImports.includes(`${tag}.js`) || new RegExp(`["'\`]${tag}["'\`]`).test(entryCode);
const manifest = {
  name: pkg.name,
  version: pkg.version,
  api: 'v1',
  entry: 'sco-widgets.js',
  widgets: Object.fromEntries(widgets.map((tag) => [tag, `${tag}.js`])),
  // Widgets the entry leaves out (to keep its budget): a page loads each with its own module.
  separate: widgets.filter((tag) => !inEntry(tag)),
  // What the map fetches by default: the countries as it draws them (drawn-world.ts), beside the topology.
  geometry: 'geo/countries-110m.drawn.json',
  files,
};
await writeFile(path.join(dist, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`dist/manifest.json: ${files.length} files`);
