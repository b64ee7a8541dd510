import { checkIntegrity } from './check-integrity.js';
import type { Dataset } from './dataset.js';
import { parseTables, type RawDataset } from './parse-tables.js';
import { compareProblems, type Problem } from './problem.js';
import { tables } from './tables.js';

export type ValidationResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const VERSION_PATTERN = /^\d+\.\d+\.\d+$/;

/**
 * Validates a data package as read from its files: every row against its schema, then every reference and
 * rule across files. Returns the typed dataset, or every problem found, each at file:line:field.
 */
export function validateRawDataset(raw: RawDataset): ValidationResult {
  const parsed = parseTables(raw);
  const problems: Problem[] = [...parsed.problems];
  if (!VERSION_PATTERN.test(raw.version)) {
    problems.push({
      file: 'datapackage.json',
      line: null,
      field: 'version',
      message: `expected a version such as "1.2.0", found "${raw.version}"`,
    });
  }
  for (const problem of checkIntegrity(parsed.dataset)) {
    const lines = parsed.lines[problem.table];
    const first = problem.firstIndex === undefined ? undefined : lines[problem.firstIndex];
    problems.push({
      file: tables[problem.table].file,
      line: lines[problem.index] ?? null,
      field: problem.field,
      message: first === undefined ? problem.message : `${problem.message} (first on line ${first})`,
    });
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort(compareProblems) };
  return { ok: true, dataset: parsed.dataset };
}
