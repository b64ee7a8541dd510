import type { CliIo } from '../io.js';
import { dataDirOf, readValidDataPackage } from '../read-data-package.js';

export interface DataValidateOptions {
  readonly dir?: string;
}

/** `sco data validate`: checks every file, row and reference of a data package; lists every problem. */
export async function dataValidate(io: CliIo, options: DataValidateOptions): Promise<void> {
  const dir = dataDirOf(io, options.dir);
  const dataset = await readValidDataPackage(io, dir);
  const t = dataset.tables;
  io.stdout(
    `${dir} is valid: version ${dataset.version}, ${t.agreements.length} agreements, ` +
      `${t.institutions.length} institutions, ${t.sources.length} sources, ${t.official_tallies.length} official tallies\n`,
  );
}
