import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TABLE_NAMES, tables, type Problem, type RawDataset, type RawTable, type TableName } from '@sco/core';
import { parseCsv } from './csv.js';
import { DESCRIPTOR_FILE } from './descriptor.js';

export type ReadResult =
  | { readonly ok: true; readonly raw: RawDataset }
  | { readonly ok: false; readonly problems: readonly Problem[] };

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function versionOf(text: string): { version: string } | { problem: string } {
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(text);
  } catch (error) {
    return { problem: `is not valid JSON (${(error as Error).message})` };
  }
  if (typeof descriptor !== 'object' || descriptor === null || !('version' in descriptor)) {
    return { problem: 'has no "version"' };
  }
  const { version } = descriptor;
  return typeof version === 'string'
    ? { version }
    : { problem: '"version" must be a string such as "1.0.0"' };
}

/** Reads a data package folder: its descriptor's version and every CSV file (missing files are null). */
export async function readDataPackage(dir: string): Promise<ReadResult> {
  const descriptorText = await readText(path.join(dir, DESCRIPTOR_FILE));
  if (descriptorText === null) {
    return {
      ok: false,
      problems: [{ file: DESCRIPTOR_FILE, line: null, field: null, message: `not found in ${dir}` }],
    };
  }
  const version = versionOf(descriptorText);
  if ('problem' in version) {
    return {
      ok: false,
      problems: [{ file: DESCRIPTOR_FILE, line: null, field: 'version', message: version.problem }],
    };
  }
  const entries = await Promise.all(
    TABLE_NAMES.map(async (name): Promise<[TableName, RawTable | null]> => {
      const text = await readText(path.join(dir, tables[name].file));
      return [name, text === null ? null : parseCsv(text)];
    }),
  );
  return {
    ok: true,
    raw: { version: version.version, tables: Object.fromEntries(entries) as RawDataset['tables'] },
  };
}
