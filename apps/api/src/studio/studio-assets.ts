import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { staticFile, type StaticFile } from '../widgets/static-file.js';

/** apps/api/assets/studio/, beside src/ and dist/ (both one level below the package). */
const FOLDER = new URL('../../assets/studio/', import.meta.url);

/** The studio's own files: its script (plain JavaScript, type-checked with the assets) and styles. */
export const STUDIO_FILES = ['studio.js', 'studio.css'] as const;
export type StudioFile = (typeof STUDIO_FILES)[number];

let loading: Promise<ReadonlyMap<string, StaticFile>> | null = null;

/** The studio's files, read once. */
export function studioFiles(): Promise<ReadonlyMap<string, StaticFile>> {
  if (!loading) {
    const read = Promise.all(
      STUDIO_FILES.map(
        async (name) =>
          [name, staticFile(name, await readFile(fileURLToPath(new URL(name, FOLDER))))] as const,
      ),
    ).then((entries) => new Map(entries));
    read.catch(() => {
      if (loading === read) loading = null;
    });
    loading = read;
  }
  return loading;
}

/** The URL of a studio file, with a hash of its content so that it may be kept for a year. */
export async function studioFileUrl(name: StudioFile): Promise<string> {
  const file = (await studioFiles()).get(name);
  if (!file) throw new Error(`no studio file ${name}`);
  return `/studio/assets/${name}?v=${file.etag.slice(1, 13)}`;
}
