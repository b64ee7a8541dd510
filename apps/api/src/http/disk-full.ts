import { HttpProblem } from './problem.js';

/**
 * Whether an error says that the disk (or a quota, or a size cap) is full: ENOSPC or EDQUOT from the file
 * system, SQLITE_FULL from SQLite ("database or disk is full", also past its max_page_count), and
 * PostgreSQL's disk_full (SQLSTATE 53100).
 */
export function isDiskFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL' || code === '53100';
}

/** What a client is told when the server's disk is full: what could not be written, and that nothing was. */
export function diskFullDetail(what: string): string {
  return (
    `The server's disk is full: ${what} could not be written, and nothing was half-written ` +
    '(what was there before is served as it was). An operator must free space; then try again'
  );
}

/** The answer to a write that met a full disk: 507 Insufficient Storage. */
export function diskFull(what = 'the change'): HttpProblem {
  return new HttpProblem({
    status: 507,
    code: 'disk-full',
    title: 'Disk full',
    detail: diskFullDetail(what),
  });
}
