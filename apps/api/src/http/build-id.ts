import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/api/<src|dist>/http → the API's code folder, and the project folder. */
const here = path.dirname(fileURLToPath(import.meta.url));
const codeDir = path.resolve(here, '..');
const rootDir = path.resolve(here, '..', '..', '..', '..');

const CODE = /\.(?:js|mjs|ts|json)$/;

function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names) {
    if (name === 'node_modules' || name.endsWith('.map') || name.endsWith('.d.ts')) continue;
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) files.push(...filesUnder(file));
    else if (CODE.test(name)) files.push(file);
  }
  return files;
}

/**
 * A digest of the code that shapes a response: the API's own code and the built packages it uses. Two
 * processes of the same build agree on it; two versions of the code do not (so that, during a rolling
 * upgrade, a body of one version is never served under the ETag of the other).
 */
export function computeBuildId(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const file of filesUnder(dir)) {
      hash.update(path.relative(rootDir, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('base64url').slice(0, 12);
}

function codeDirs(): string[] {
  let packages: string[];
  try {
    packages = readdirSync(path.join(rootDir, 'packages')).sort();
  } catch {
    packages = [];
  }
  return [codeDir, ...packages.map((name) => path.join(rootDir, 'packages', name, 'dist'))];
}

let cached: string | undefined;

/** The build id of this process, computed once. */
export function buildId(): string {
  cached ??= computeBuildId(codeDirs());
  return cached;
}
