/** One thing wrong with the data, located as precisely as possible. */
export interface Problem {
  /** Data package file, e.g. "agreements.csv". */
  readonly file: string;
  /** 1-based line in the file where the row starts (the header is line 1); null for file-level problems. */
  readonly line: number | null;
  /** Field path, e.g. "signed_date" or "sectors[1]"; null when the problem is about the whole row or file. */
  readonly field: string | null;
  readonly message: string;
}

export function formatProblem(problem: Problem): string {
  const at = [problem.file, problem.line ?? undefined, problem.field ?? undefined].filter(
    (part) => part !== undefined,
  );
  return `${at.join(':')}: ${problem.message}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}
