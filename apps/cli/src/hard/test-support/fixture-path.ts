import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A synthetic fixture of this folder, by file name. */
export function fixturePath(name: string): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), name);
}
