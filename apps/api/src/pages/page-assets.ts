import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Router } from 'express';
import { notFound } from '../http/problem.js';
import { sendStaticFile, staticFile, type StaticFile } from '../widgets/static-file.js';
import { IMMUTABLE, LATEST } from '../widgets/widgets.routes.js';

const require = createRequire(import.meta.url);

/** apps/api/assets/, beside src/ and dist/ (both one level below the package). */
const ASSETS = new URL('../../assets/', import.meta.url);

/** Where one served file comes from: the package's assets folder, or a file another package ships. */
export type AssetSource = { readonly asset: string } | { readonly module: string };

/**
 * A set of files served under one path (`/pages/assets/`, `/demo/assets/`): only the files named here, read
 * on first use and then kept in memory. Their URLs carry a hash of their content (`?v=`), and a request that
 * names the current hash may keep the file for a year.
 */
export class AssetSet {
  private loading: Promise<ReadonlyMap<string, StaticFile>> | null = null;

  constructor(
    readonly prefix: string,
    private readonly sources: Readonly<Record<string, AssetSource>>,
  ) {}

  files(): Promise<ReadonlyMap<string, StaticFile>> {
    if (!this.loading) {
      const loading = this.read();
      loading.catch(() => {
        if (this.loading === loading) this.loading = null;
      });
      this.loading = loading;
    }
    return this.loading;
  }

  private async read(): Promise<ReadonlyMap<string, StaticFile>> {
    const files = new Map<string, StaticFile>();
    for (const [name, source] of Object.entries(this.sources)) {
      const path =
        'asset' in source ? fileURLToPath(new URL(source.asset, ASSETS)) : require.resolve(source.module);
      files.set(name, staticFile(name, await readFile(path)));
    }
    return files;
  }

  /** The URL of a file with its content hash, for pages to link. */
  async url(name: string): Promise<string> {
    const file = (await this.files()).get(name);
    if (!file) throw new Error(`no asset ${name} under ${this.prefix}`);
    return `${this.prefix}${name}?v=${versionOf(file)}`;
  }
}

/** A short hash of a file's content, for its URL. */
export function versionOf(file: StaticFile): string {
  return createHash('sha256').update(file.sha384).digest('hex').slice(0, 12);
}

/** Serves the files of a set under its prefix: a year for a URL that names the current content, else five minutes. */
export function serveAssets(router: Router, assets: AssetSet): void {
  router.get(`${assets.prefix}:file`, async (req: Request, res: Response) => {
    const name = String(req.params['file']);
    const file = (await assets.files()).get(name);
    if (!file) throw notFound(`No file ${name} under ${assets.prefix}`);
    sendStaticFile(req, res, file, req.query['v'] === versionOf(file) ? IMMUTABLE : LATEST);
  });
}
