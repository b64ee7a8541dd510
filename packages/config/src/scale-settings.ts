import { z } from 'zod';

/** The PostgreSQL pool of one process: never waits forever for a connection or a statement. */
export interface PoolSettings {
  /** Connections the process opens at most (SCO_DB_POOL_MAX). */
  readonly max: number;
  /** How long to wait for a connection, in ms (SCO_DB_CONNECT_TIMEOUT_MS). */
  readonly connectionTimeoutMs: number;
  /** PostgreSQL's statement_timeout of every connection, in ms (SCO_DB_STATEMENT_TIMEOUT_MS). */
  readonly statementTimeoutMs: number;
  /**
   * The statement_timeout of the long bulk writes, in ms (SCO_DB_IMPORT_TIMEOUT_MS): a data package import,
   * a hard-connectivity import, a release publication and the migrations set it inside their own transaction,
   * so that they may outlast statementTimeoutMs while every other statement keeps the short bound.
   */
  readonly importTimeoutMs: number;
  /** The application_name the server shows in pg_stat_activity (SCO_DB_APPLICATION_NAME). */
  readonly applicationName: string;
  /**
   * Whether a listing's page runs as a named prepared statement, parsed and planned once per connection
   * (SCO_DB_PREPARED_STATEMENTS=on|off): off behind a pooler that cannot carry named statements (PgBouncer
   * before 1.21, or with max_prepared_statements = 0, in transaction mode).
   */
  readonly preparedStatements: boolean;
}

/**
 * Which proxies in front of the API are trusted for the client address, protocol and host
 * (X-Forwarded-For/-Proto/-Host): a hop count, or addresses and subnets (Express's "trust proxy").
 */
export type TrustProxy = number | readonly string[];

/** The settings of a deployment of several processes behind a proxy. */
export interface ScaleSettings {
  readonly trustProxy: TrustProxy;
  /** How long an idle keep-alive connection is kept open, in ms: above the proxy's idle timeout. */
  readonly keepAliveTimeoutMs: number;
  /** How long a client may take to send its request head, in ms: above keepAliveTimeoutMs. */
  readonly headersTimeoutMs: number;
  readonly pool: PoolSettings;
  /**
   * How long a brief job may run before the queue deems its worker dead and gives it to another, in s
   * (SCO_JOB_EXPIRE_SECONDS): above the longest render.
   */
  readonly jobExpireSeconds: number;
}

export const DEFAULT_POOL: PoolSettings = {
  max: 10,
  connectionTimeoutMs: 5_000,
  statementTimeoutMs: 30_000,
  importTimeoutMs: 3_600_000,
  applicationName: 'sco',
  preparedStatements: true,
};
/** Loopback only: a proxy on the same machine (the default before this setting existed). */
export const DEFAULT_TRUST_PROXY: TrustProxy = ['loopback'];
/** Three minutes: above the longest render the brief renderer's step timeouts allow. */
export const DEFAULT_JOB_EXPIRE_SECONDS = 180;
/** Above the 60 s idle timeout of the common load balancers, so the balancer closes first. */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 65_000;

const milliseconds = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'expected a number of milliseconds')
    .transform(Number)
    .pipe(
      z
        .int()
        .min(min, `expected from ${min} to ${max} milliseconds`)
        .max(max, `expected from ${min} to ${max} milliseconds`),
    )
    .optional();

/** An address, a subnet in CIDR notation, or one of Express's names (loopback, linklocal, uniquelocal). */
const TRUSTED = /^(?:loopback|linklocal|uniquelocal|[0-9A-Fa-f.:]+(?:\/\d{1,3})?)$/;

const trustProxySchema = z
  .string()
  .transform((value, context) => {
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed)) return Number(trimmed);
    const entries = trimmed.split(',').map((entry) => entry.trim());
    const bad = entries.find((entry) => !TRUSTED.test(entry));
    if (bad !== undefined) {
      context.addIssue({
        code: 'custom',
        message: `expected a hop count such as 1, or a comma-separated list of addresses or subnets (10.0.0.0/8, loopback); "${bad}" is neither`,
      });
      return z.NEVER;
    }
    return entries;
  })
  .optional();

/** The environment variables of these settings, merged into the one schema of the configuration. */
export const scaleVariables = {
  SCO_TRUST_PROXY: trustProxySchema,
  SCO_KEEP_ALIVE_TIMEOUT_MS: milliseconds(1_000, 3_600_000),
  SCO_HEADERS_TIMEOUT_MS: milliseconds(1_000, 3_600_000),
  SCO_DB_POOL_MAX: z
    .string()
    .regex(/^\d+$/, 'expected a number of connections')
    .transform(Number)
    .pipe(
      z.int().min(1, 'expected from 1 to 1000 connections').max(1000, 'expected from 1 to 1000 connections'),
    )
    .optional(),
  SCO_DB_CONNECT_TIMEOUT_MS: milliseconds(100, 600_000),
  SCO_DB_STATEMENT_TIMEOUT_MS: milliseconds(100, 3_600_000),
  SCO_DB_IMPORT_TIMEOUT_MS: milliseconds(1_000, 86_400_000),
  SCO_DB_APPLICATION_NAME: z
    .string()
    .regex(/^[\w .:@-]{1,63}$/, 'expected up to 63 letters, digits, spaces or . : @ - _')
    .optional(),
  SCO_DB_PREPARED_STATEMENTS: z
    .enum(['on', 'off'], { error: 'expected on or off' })
    .transform((value) => value === 'on')
    .optional(),
  SCO_JOB_EXPIRE_SECONDS: z
    .string()
    .regex(/^\d+$/, 'expected a number of seconds')
    .transform(Number)
    .pipe(
      z.int().min(10, 'expected from 10 to 86400 seconds').max(86_400, 'expected from 10 to 86400 seconds'),
    )
    .optional(),
};

type ScaleVariables = {
  readonly [K in keyof typeof scaleVariables]?: z.output<(typeof scaleVariables)[K]>;
};

/** The settings from the parsed variables, with their defaults. */
export function scaleSettings(vars: ScaleVariables): ScaleSettings {
  const keepAliveTimeoutMs = vars.SCO_KEEP_ALIVE_TIMEOUT_MS ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS;
  return {
    trustProxy: vars.SCO_TRUST_PROXY ?? DEFAULT_TRUST_PROXY,
    keepAliveTimeoutMs,
    // Node wants the head timeout above the keep-alive one, or it may cut a reused connection.
    headersTimeoutMs: vars.SCO_HEADERS_TIMEOUT_MS ?? keepAliveTimeoutMs + 1_000,
    pool: {
      max: vars.SCO_DB_POOL_MAX ?? DEFAULT_POOL.max,
      connectionTimeoutMs: vars.SCO_DB_CONNECT_TIMEOUT_MS ?? DEFAULT_POOL.connectionTimeoutMs,
      statementTimeoutMs: vars.SCO_DB_STATEMENT_TIMEOUT_MS ?? DEFAULT_POOL.statementTimeoutMs,
      importTimeoutMs: vars.SCO_DB_IMPORT_TIMEOUT_MS ?? DEFAULT_POOL.importTimeoutMs,
      applicationName: vars.SCO_DB_APPLICATION_NAME ?? DEFAULT_POOL.applicationName,
      preparedStatements: vars.SCO_DB_PREPARED_STATEMENTS ?? DEFAULT_POOL.preparedStatements,
    },
    jobExpireSeconds: vars.SCO_JOB_EXPIRE_SECONDS ?? DEFAULT_JOB_EXPIRE_SECONDS,
  };
}
