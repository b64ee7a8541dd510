import { HttpProblem } from './problem.js';

/** Seconds a client is asked to wait while the database does not answer. */
export const DATABASE_RETRY_AFTER_S = 5;

/** Network failures of a connection to the database server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
/**
 * PostgreSQL's SQLSTATE classes of a server that is not there right now: 08 connection exception, 57P01–03
 * administrator shutdown, crash shutdown, cannot connect now (starting up).
 */
const UNAVAILABLE_STATE = /^(?:08\w{3}|57P0[123])$/;
/** node-postgres's own messages for a pool that cannot reach the server. */
const POOL_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'connection timeout',
  'Client has encountered a connection error',
];

/** Whether an error says the database server cannot be reached (it restarts, or the network is down). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATE.test(code))) return true;
  if (POOL_MESSAGES.some((message) => error.message.includes(message))) return true;
  return error.cause !== undefined && isDatabaseUnavailable(error.cause);
}

/**
 * The answer while the database cannot be reached: 503 with Retry-After, so that clients and balancers
 * come back later; the pool opens new connections by itself once the server answers again.
 */
export function databaseUnavailable(): HttpProblem {
  return new HttpProblem({
    status: 503,
    code: 'database-unavailable',
    title: 'Database unavailable',
    detail: `The database does not answer right now; try again in ${DATABASE_RETRY_AFTER_S} s`,
    headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_S) },
  });
}
