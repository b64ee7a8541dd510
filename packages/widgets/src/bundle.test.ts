// The built bundle (dist/, from `pnpm build`; turbo builds it before this test runs).
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import atlas from 'world-atlas/countries-110m.json';
import { worldMap } from './sco-map/geometry.js';
import { fixtures } from './test-support/fixtures.js';
import { mount, shadow } from './test-support/mount.js';

interface Manifest {
  readonly version: string;
  readonly entry: string;
  readonly widgets: Readonly<Record<string, string>>;
  /** Widgets built as modules of their own only, left out of the entry. */
  readonly separate: readonly string[];
  /** The geometry the map fetches by default. */
  readonly geometry: string;
  readonly files: readonly {
    file: string;
    bytes: number;
    gzip: number;
    integrity: string;
    imports?: string[];
  }[];
}

/** Decision 0022 (0017 before it). */
const BUDGET = 37.5 * 1024;

/** A built file as it is on disk (the dev server would transform JavaScript it serves). */
async function distText(file: string): Promise<string> {
  try {
    // Paths are resolved from the package folder.
    return await commands.readFile(`dist/${file}`);
  } catch {
    throw new Error(`dist/${file} is missing: run \`pnpm --filter @sco/widgets build\` first`);
  }
}

let manifest: Manifest;

beforeAll(async () => {
  manifest = JSON.parse(await distText('manifest.json')) as Manifest;
});

/** The widgets the entry (sco-widgets.js) defines. */
const bundled = () => Object.keys(manifest.widgets).filter((tag) => !manifest.separate.includes(tag));

const importsOf = (code: string) =>
  [...code.matchAll(/from\s*["']\.\/([^"']+)["']|import\s*["']\.\/([^"']+)["']/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );

async function closure(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of importsOf(await distText(file))) await closure(imported, seen);
  return seen;
}

/** Loads a built module and everything it imports again, as a second copy (from blob: URLs). */
async function loadCopy(file: string, copies = new Map<string, string>()): Promise<string> {
  const known = copies.get(file);
  if (known) return known;
  let code = await distText(file);
  for (const imported of new Set(importsOf(code))) {
    code = code.replaceAll(`"./${imported}"`, `"${await loadCopy(imported, copies)}"`);
  }
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  copies.set(file, url);
  return url;
}

describe('the built widgets', () => {
  it('list every file with its SHA-384 integrity hash, and the hashes are right', async () => {
    expect(manifest.files.map((f) => f.file)).toEqual(
      expect.arrayContaining(['sco-widgets.js', 'geo/countries-110m.json']),
    );
    for (const { file, integrity } of manifest.files) {
      const bytes = new TextEncoder().encode(await distText(file));
      const digest = btoa(
        String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))),
      );
      expect(`sha384-${digest}`, file).toBe(integrity);
    }
  });

  it('list the modules each module imports (what a page preloads with their hashes)', async () => {
    for (const { file, imports } of manifest.files) {
      if (!file.endsWith('.js')) continue;
      expect([...(imports ?? [])].sort(), file).toEqual([...new Set(importsOf(await distText(file)))].sort());
    }
    const entry = manifest.files.find((f) => f.file === manifest.entry);
    // The entry imports the modules of four widgets and defines the two whose code is in the core chunk.
    expect(entry?.imports).toEqual(
      expect.arrayContaining(
        bundled()
          .filter((tag) => tag !== 'sco-figure' && tag !== 'sco-partner')
          .map((tag) => manifest.widgets[tag]),
      ),
    );
    expect(manifest.separate).toEqual(['sco-network', 'sco-scatter']);
    for (const tag of manifest.separate) expect(entry?.imports).not.toContain(manifest.widgets[tag]);
  });

  it('load the six widgets from six files at most: the connections a browser opens to a host', async () => {
    // Over HTTP/1.1 a browser opens six connections per host: a seventh file waits for one (a round trip).
    expect((await closure(manifest.entry)).size).toBeLessThanOrEqual(6);
  });

  it('import every module a module needs from the module itself, so that they load at once', async () => {
    for (const { file, imports } of manifest.files) {
      if (!file.endsWith('.js')) continue;
      const needed = [...(await closure(file))].filter((name) => name !== file).sort();
      expect([...(imports ?? [])].sort(), file).toEqual(needed);
    }
    for (const file of Object.values(manifest.widgets)) {
      expect(manifest.files.find((f) => f.file === file)?.imports, file).toHaveLength(1);
    }
  });

  it(`weigh at most ${BUDGET / 1024} KB min+gzip all together (the map geometry apart)`, async () => {
    const files = await closure(manifest.entry);
    const total = manifest.files.filter((f) => files.has(f.file)).reduce((sum, f) => sum + f.gzip, 0);
    expect(files.has('geo/countries-110m.json')).toBe(false);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  it(`weigh at most ${BUDGET / 1024} KB min+gzip for each widget left out of the entry, alone`, async () => {
    for (const tag of manifest.separate) {
      const files = await closure(manifest.widgets[tag] ?? '');
      const total = manifest.files.filter((f) => files.has(f.file)).reduce((sum, f) => sum + f.gzip, 0);
      expect(total, tag).toBeLessThanOrEqual(BUDGET);
    }
  });

  it('load the investment bars in a chunk of their own, only imported on demand (decision 0022)', async () => {
    const chunk = manifest.files.find((f) => /^investment-.*\.js$/.test(f.file));
    expect(chunk).toBeDefined();
    const everything = new Set<string>();
    for (const file of [manifest.entry, ...Object.values(manifest.widgets)]) {
      for (const name of await closure(file)) everything.add(name);
    }
    expect(everything.has(chunk?.file ?? '')).toBe(false);
    for (const tag of ['sco-timeline', 'sco-partner']) {
      // In the widget's own module, or in the core chunk that holds its code (sco-partner).
      const loaded = await closure(manifest.widgets[tag] ?? '');
      const code = (await Promise.all([...loaded].map((file) => distText(file)))).join('\n');
      expect(code, tag).toContain(`import(\`./${chunk?.file ?? ''}\`)`);
    }
  });

  it('hold the countries as the map draws them, and load the projection only for a topology', async () => {
    expect(manifest.geometry).toBe('geo/countries-110m.drawn.json');
    expect(JSON.parse(await distText(manifest.geometry))).toEqual(
      JSON.parse(JSON.stringify(worldMap(atlas))),
    );
    const chunk = manifest.files.find((f) => /^geometry-.*\.js$/.test(f.file));
    expect(chunk).toBeDefined();
    const everything = new Set<string>();
    for (const file of [manifest.entry, ...Object.values(manifest.widgets)]) {
      for (const name of await closure(file)) everything.add(name);
    }
    expect(everything.has(chunk?.file ?? '')).toBe(false);
    expect(await distText(manifest.widgets['sco-map'] ?? '')).toContain(`import(\`./${chunk?.file ?? ''}\`)`);
  });

  it('use no eval and no Function constructor', async () => {
    for (const file of manifest.files.filter((f) => f.file.endsWith('.js'))) {
      const code = await distText(file.file);
      expect(code, file.file).not.toMatch(/\beval\(|new Function\(|\.style\.\w+\s*=|setAttribute\(["']style/);
    }
  });

  it('define each element once, even when the script is included twice', async () => {
    const bundle = `/dist/${manifest.entry}`;
    await import(/* @vite-ignore */ bundle);
    const first = bundled().map((tag) => customElements.get(tag));
    expect(first.every(Boolean)).toBe(true);
    const copies = [await loadCopy(manifest.entry), await loadCopy(manifest.widgets['sco-map'] ?? '')];
    for (const copy of copies) await import(/* @vite-ignore */ copy);
    expect(bundled().map((tag) => customElements.get(tag))).toEqual(first);
  });

  it('render from the built bundle', async () => {
    const bundle = `/dist/${manifest.entry}`;
    await import(/* @vite-ignore */ bundle);
    const element = await mount('sco-figure', {}, { data: fixtures.indicatorTotalEn });
    expect(shadow(element).querySelector('[part="value"]')?.textContent).toBe('114');
  });

  it('document every widget in custom-elements.json and docs.html', async () => {
    const elements = JSON.parse(await distText('custom-elements.json')) as {
      modules: {
        declarations?: { tagName?: string; attributes?: { name: string }[]; cssParts?: unknown[] }[];
      }[];
    };
    const declared = elements.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(declared.map((d) => d.tagName).sort()).toEqual(Object.keys(manifest.widgets).sort());
    for (const declaration of declared) {
      expect(declaration.attributes?.map((a) => a.name)).toEqual(
        expect.arrayContaining(['api', 'lang', 'theme', 'interval']),
      );
      expect(declaration.cssParts?.length).toBeGreaterThan(3);
    }
    const docs = await distText('docs.html');
    for (const tag of Object.keys(manifest.widgets)) expect(docs).toContain(`id="${tag}"`);
    expect(docs).toContain("script-src 'self' &lt;API origin&gt;");
  });
});
