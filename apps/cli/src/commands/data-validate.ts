import path from 'node:path';
import { formatProblem } from '@sco/core';
import { loadDataPackage } from '@sco/datapackage';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../io.js';
import { step } from '../progress.js';

export interface DataValidateOptions {
  readonly dir?: string;
}

/** `sco data validate`: checks every file, row and reference of a data package; lists every problem. */
export async function dataValidate(io: CliIo, options: DataValidateOptions): Promise<void> {
  const dir = options.dir ? path.resolve(io.cwd, options.dir) : path.join(io.rootDir, 'data');
  const result = await step(io, `validating ${dir}`, () => loadDataPackage(dir));
  if (!result.ok) {
    for (const problem of result.problems) io.stdout(`${formatProblem(problem)}\n`);
    const count = result.problems.length;
    throw new CliError(`${count} problem${count === 1 ? '' : 's'} found in ${dir}`);
  }
  const t = result.dataset.tables;
  io.stdout(
    `${dir} is valid: version ${result.dataset.version}, ${t.agreements.length} agreements, ${t.institutions.length} institutions, ${t.sources.length} sources, ${t.official_tallies.length} official tallies\n`,
  );
}
