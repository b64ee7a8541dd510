import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { staticFile, type StaticFile } from './static-file.js';
import {
  readWidgetManifest,
  WidgetsNotBuiltError,
  type WidgetFileEntry,
  type WidgetManifest,
} from './widget-manifest.js';

/** The built widgets in memory: the manifest and every file it lists, checked against its hashes. */
export interface LoadedWidgets {
  readonly manifest: WidgetManifest;
  readonly files: ReadonlyMap<string, StaticFile>;
}

/** One module a page loads and the hash it is checked against. */
export interface ModuleRef {
  readonly file: string;
  readonly integrity: string;
}

/** What a page includes to run a widget module: the module and, to check them too, the modules it imports. */
export interface ModuleTags {
  readonly script: ModuleRef;
  readonly preloads: readonly ModuleRef[];
}

/** Reads every file a manifest lists from its folder, and checks each against its hash. */
export async function readWidgetFiles(manifest: WidgetManifest, dir: string): Promise<LoadedWidgets> {
  const files = new Map<string, StaticFile>();
  for (const entry of manifest.files) {
    const file = staticFile(entry.file, await readFile(path.join(dir, ...entry.file.split('/'))));
    if (`sha384-${file.sha384}` !== entry.integrity) {
      throw new WidgetsNotBuiltError(
        `${entry.file} does not match its hash in the widgets' manifest: the widgets were rebuilt (or half built) ` +
          'under the running API; build them again and restart it',
      );
    }
    files.set(entry.file, file);
  }
  return { manifest, files };
}

/** The widgets of this build, read from @sco/widgets' dist/ and checked. */
export async function loadWidgets(): Promise<LoadedWidgets> {
  const { manifest, dir } = await readWidgetManifest();
  return readWidgetFiles(manifest, dir);
}

/**
 * The widgets the API serves, read on first use (createApp does no I/O) and then kept: the files of one
 * version never change. A failed read is not kept, so the next request tries again.
 */
export class WidgetBundle {
  private loading: Promise<LoadedWidgets> | null = null;

  constructor(private readonly load: () => Promise<LoadedWidgets> = loadWidgets) {}

  get(): Promise<LoadedWidgets> {
    if (!this.loading) {
      const loading = this.load();
      loading.catch(() => {
        if (this.loading === loading) this.loading = null;
      });
      this.loading = loading;
    }
    return this.loading;
  }
}

function entryOf(manifest: WidgetManifest, file: string): WidgetFileEntry {
  const entry = manifest.files.find((candidate) => candidate.file === file);
  if (!entry) throw new WidgetsNotBuiltError(`the widgets' manifest does not list ${file}`);
  return entry;
}

/** A module with every module it imports, directly or not, each with its hash (shared modules first). */
export function moduleTags(manifest: WidgetManifest, file: string): ModuleTags {
  const seen = new Set<string>([file]);
  const queue = [...(entryOf(manifest, file).imports ?? [])];
  const preloads: ModuleRef[] = [];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const entry = entryOf(manifest, next);
    preloads.push({ file: entry.file, integrity: entry.integrity });
    queue.push(...(entry.imports ?? []));
  }
  const script = entryOf(manifest, file);
  return { script: { file: script.file, integrity: script.integrity }, preloads: preloads.reverse() };
}
