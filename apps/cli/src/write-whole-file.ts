import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';

/**
 * Writes a file whole or not at all: to a temporary name beside it, then renamed over it, so that a full
 * disk or a crash never leaves half a file under its name (nor spoils the file that was there). A path
 * that is not a regular file (/dev/stdout, a pipe) is written to directly.
 */
export async function writeWholeFile(file: string, data: Uint8Array): Promise<void> {
  const existing = await stat(file).catch(() => null);
  if (existing && !existing.isFile()) {
    await writeFile(file, data);
    return;
  }
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await writeFile(partial, data);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
}
