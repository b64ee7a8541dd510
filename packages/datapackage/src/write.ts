import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '@sco/core';
import { serializeDataset } from './serialize.js';

/**
 * Writes the data package's files into `dir` (other files there, such as README.md, are left alone).
 * Every file is first written beside its target; only when all are written are they renamed into place,
 * so a failure leaves the folder as it was.
 */
export async function writeDataPackage(dir: string, dataset: Dataset): Promise<readonly string[]> {
  const files = serializeDataset(dataset);
  await mkdir(dir, { recursive: true });
  const suffix = `.tmp-${randomBytes(6).toString('hex')}`;
  const written: string[] = [];
  try {
    for (const [name, content] of files) {
      const temp = path.join(dir, name + suffix);
      written.push(temp);
      await writeFile(temp, content, 'utf8');
    }
  } catch (error) {
    await Promise.all(written.map((temp) => rm(temp, { force: true })));
    throw error;
  }
  for (const name of files.keys()) await rename(path.join(dir, name + suffix), path.join(dir, name));
  return [...files.keys()];
}
