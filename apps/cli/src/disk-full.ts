/**
 * Whether an error says that the disk (or a quota) is full: ENOSPC or EDQUOT from the file system,
 * SQLITE_FULL from SQLite ("database or disk is full"), PostgreSQL's disk_full (SQLSTATE 53100).
 */
export function isDiskFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL' || code === '53100';
}

/** Exit code of a write that met a full disk (sysexits' EX_IOERR). */
export const DISK_FULL_EXIT = 74;
