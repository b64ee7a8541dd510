import { HttpProblem } from './problem.js';

/** Seconds a client is asked to wait when the database stayed locked. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * Whether an error is SQLite's "database is locked" (SQLITE_BUSY, SQLITE_LOCKED and their extended codes):
 * another connection held the write lock for longer than the busy timeout, during which SQLite retried.
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/** The answer to a write that met a locked database after its retries: 503, try again shortly. */
export function databaseBusy(): HttpProblem {
  return new HttpProblem({
    status: 503,
    code: 'database-busy',
    title: 'Database busy',
    detail: `Another writer held the database for longer than this request could wait; nothing was written. Try again in ${BUSY_RETRY_AFTER_SECONDS} s`,
    headers: { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) },
  });
}
