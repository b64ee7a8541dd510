import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findWidgetFile, hasWidgetVersion, saveWidgetVersion, type Db } from '@sco/db';
import type { Logger } from 'pino';
import { staticFile, type StaticFile } from './static-file.js';
import type { LoadedWidgets } from './widget-bundle.js';

/** A widget version as the build names it (semantic version, optionally with a pre-release or build tag). */
const VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/;
/** A file of a build: path segments of letters, digits, dots, dashes and underscores, none starting with a dot. */
const FILE_PATTERN = /^(?:[0-9A-Za-z_-][0-9A-Za-z._-]*\/)*[0-9A-Za-z_-][0-9A-Za-z._-]*$/;

/**
 * Every widget version this deployment has served, kept so that a partner page pinned to
 * `/widgets/<version>/…` with its SRI hash keeps working after an upgrade: the process records the files of
 * the version it was built with the first time it loads them, and serves an earlier version's files from
 * the archive. PostgreSQL: `widget_files`, shared by every process. SQLite: `<state folder>/widgets/<version>/`.
 * Versions are never deleted by the application (a version's files are a few hundred kilobytes).
 */
export class WidgetArchive {
  private readonly cache = new Map<string, Promise<StaticFile | undefined>>();

  constructor(
    private readonly db: Db,
    private readonly stateDir: string,
    private readonly logger: Logger,
    private readonly capacity = 256,
  ) {}

  /** Records a loaded build (once per version), then gives it back; a failure is logged, never thrown. */
  readonly keeping = async (loaded: LoadedWidgets): Promise<LoadedWidgets> => {
    try {
      await this.keep(loaded);
    } catch (error: unknown) {
      this.logger.warn({ err: error, version: loaded.manifest.version }, 'could not archive the widgets');
    }
    return loaded;
  };

  async keep(loaded: LoadedWidgets): Promise<void> {
    const version = loaded.manifest.version;
    if (!VERSION_PATTERN.test(version)) throw new Error(`unexpected widget version "${version}"`);
    const files = [...loaded.files.values()].map((file) => ({ file: file.name, body: file.body }));
    if (this.db.dialect === 'postgres') {
      if (!(await hasWidgetVersion(this.db.db, version))) await saveWidgetVersion(this.db.db, version, files);
      return;
    }
    for (const { file, body } of files) {
      const target = this.pathOf(version, file);
      await mkdir(path.dirname(target), { recursive: true });
      const partial = `${target}.${process.pid}.partial`;
      await writeFile(partial, body);
      await rename(partial, target);
    }
  }

  /** A file of a kept version, or undefined when the version or the file is not kept. */
  file(version: string, name: string): Promise<StaticFile | undefined> {
    if (!VERSION_PATTERN.test(version) || !FILE_PATTERN.test(name)) return Promise.resolve(undefined);
    const key = `${version}/${name}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const reading = this.read(version, name).then((body) =>
      body === undefined ? undefined : staticFile(name, Buffer.from(body)),
    );
    // Only found files are kept: a version may be archived by another process a moment later.
    void reading.then(
      (found) => {
        if (found === undefined) this.cache.delete(key);
      },
      () => this.cache.delete(key),
    );
    this.cache.set(key, reading);
    while (this.cache.size > this.capacity) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return reading;
  }

  private async read(version: string, name: string): Promise<Uint8Array | undefined> {
    if (this.db.dialect === 'postgres') return findWidgetFile(this.db.db, version, name);
    try {
      return await readFile(this.pathOf(version, name));
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  private pathOf(version: string, name: string): string {
    return path.join(this.stateDir, 'widgets', version, ...name.split('/'));
  }
}
