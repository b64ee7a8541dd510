import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { moduleTags, readWidgetFiles, WidgetBundle } from './widget-bundle.js';
import { WidgetsNotBuiltError, type WidgetManifest } from './widget-manifest.js';

const sri = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

const FILES: Readonly<Record<string, string>> = {
  'core-a1.js': 'export const core = 1;',
  'sco-x-b2.js': 'import "./core-a1.js";',
  'sco-x.js': 'export * from "./sco-x-b2.js";',
  'sco-y-c3.js': 'import "./core-a1.js";',
  'all.js': 'import "./sco-x-b2.js"; import "./sco-y-c3.js";',
};

const IMPORTS: Readonly<Record<string, string[]>> = {
  'core-a1.js': [],
  'sco-x-b2.js': ['core-a1.js'],
  'sco-x.js': ['sco-x-b2.js'],
  'sco-y-c3.js': ['core-a1.js'],
  'all.js': ['sco-x-b2.js', 'sco-y-c3.js'],
};

const manifest: WidgetManifest = {
  name: '@sco/widgets',
  version: '9.9.9',
  api: 'v1',
  entry: 'all.js',
  widgets: { 'sco-x': 'sco-x.js' },
  separate: [],
  geometry: 'geo/world.json',
  files: Object.entries(FILES).map(([file, text]) => ({
    file,
    bytes: text.length,
    integrity: sri(text),
    imports: IMPORTS[file] ?? [],
  })),
};

describe('moduleTags', () => {
  it('gives a module with every module it imports, shared ones first, each with its hash', () => {
    const tags = moduleTags(manifest, 'sco-x.js');
    expect(tags.script).toEqual({ file: 'sco-x.js', integrity: sri(FILES['sco-x.js'] ?? '') });
    expect(tags.preloads.map((ref) => ref.file)).toEqual(['core-a1.js', 'sco-x-b2.js']);
    expect(tags.preloads[0]?.integrity).toBe(sri(FILES['core-a1.js'] ?? ''));
  });

  it('lists a module imported twice once', () => {
    expect(moduleTags(manifest, 'all.js').preloads.map((ref) => ref.file)).toEqual([
      'core-a1.js',
      'sco-y-c3.js',
      'sco-x-b2.js',
    ]);
  });

  it('refuses a module the manifest does not list', () => {
    expect(() => moduleTags(manifest, 'nope.js')).toThrow(WidgetsNotBuiltError);
  });
});

describe('readWidgetFiles', () => {
  it('reads the files a manifest lists and refuses one that does not match its hash', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sco-widgets-'));
    try {
      for (const [file, text] of Object.entries(FILES)) await writeFile(path.join(dir, file), text);
      const loaded = await readWidgetFiles(manifest, dir);
      expect([...loaded.files.keys()].sort()).toEqual(Object.keys(FILES).sort());
      expect(loaded.files.get('sco-x.js')?.type).toBe('text/javascript; charset=utf-8');
      await writeFile(path.join(dir, 'core-a1.js'), 'export const core = 2;');
      await expect(readWidgetFiles(manifest, dir)).rejects.toThrow(/core-a1\.js does not match its hash/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('WidgetBundle', () => {
  it('reads once, and tries again after a failure', async () => {
    let calls = 0;
    const bundle = new WidgetBundle(() => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new WidgetsNotBuiltError('not yet'))
        : Promise.resolve({ manifest, files: new Map() });
    });
    await expect(bundle.get()).rejects.toThrow('not yet');
    await bundle.get();
    await bundle.get();
    expect(calls).toBe(2);
  });
});
