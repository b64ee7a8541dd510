import path from 'node:path';
import { formatProblem, type Dataset } from '@sco/core';
import { loadDataPackage } from '@sco/datapackage';
import { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { step } from './progress.js';

/** The data package folder a command works on: `--dir`, or data/ at the project root. */
export function dataDirOf(io: CliIo, dir: string | undefined): string {
  return dir ? path.resolve(io.cwd, dir) : path.join(io.rootDir, 'data');
}

/** Reads and validates a data package; every problem is printed and the command fails when there is one. */
export async function readValidDataPackage(io: CliIo, dir: string): Promise<Dataset> {
  const result = await step(io, `validating ${dir}`, () => loadDataPackage(dir));
  if (!result.ok) {
    for (const problem of result.problems) io.stdout(`${formatProblem(problem)}\n`);
    const count = result.problems.length;
    throw new CliError(`${count} problem${count === 1 ? '' : 's'} found in ${dir}; nothing was changed`);
  }
  return result.dataset;
}
