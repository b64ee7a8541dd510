import path from 'node:path';
import { z } from 'zod';
import { scaleSettings, scaleVariables, type PoolSettings, type ScaleSettings } from './scale-settings.js';

/** The environment variables the Observatory reads, and nothing else. */
const environmentSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d+$/, 'expected a port number')
    .transform(Number)
    .pipe(z.int().min(1, 'expected a port from 1 to 65535').max(65535, 'expected a port from 1 to 65535'))
    .optional(),
  HOST: z
    .string()
    .regex(/^[\w.:-]+$/, 'expected an address to listen on, such as 127.0.0.1, 0.0.0.0 or ::')
    .optional(),
  SCO_SHUTDOWN_TIMEOUT_MS: z
    .string()
    .regex(/^\d+$/, 'expected a number of milliseconds')
    .transform(Number)
    .pipe(
      z
        .int()
        .min(100, 'expected from 100 to 600000 milliseconds')
        .max(600_000, 'expected from 100 to 600000 milliseconds'),
    )
    .optional(),
  SCO_STATE_DIR: z.string().min(1, 'must not be empty when set').optional(),
  SCO_DATABASE_URL: z
    .url({
      protocol: /^postgres(ql)?$/,
      error: 'expected a PostgreSQL URL such as postgres://user@host:5432/db',
    })
    .optional(),
  SCO_TEST_DATABASE_URL: z
    .url({
      protocol: /^postgres(ql)?$/,
      error: 'expected a PostgreSQL URL such as postgres://user@host:5432/db',
    })
    .optional(),
  CHROMIUM_PATH: z.string().min(1, 'must not be empty when set').optional(),
  ...scaleVariables,
});

export type DatabaseConfig =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string; readonly pool?: PoolSettings };

export interface Config extends ScaleSettings {
  /** The project folder: data/ and the default state folder live here. */
  readonly rootDir: string;
  /** The data package the database is loaded from when it is empty. */
  readonly dataDir: string;
  /** Runtime state (the SQLite file, caches); never inside data/. */
  readonly stateDir: string;
  readonly database: DatabaseConfig;
  readonly port: number;
  /** The address the API listens on: 127.0.0.1 unless HOST says otherwise (0.0.0.0 or :: in a container). */
  readonly host: string;
  /** How long a SIGTERM may take, from the signal to the exit, in ms (SCO_SHUTDOWN_TIMEOUT_MS). */
  readonly shutdownTimeoutMs: number;
  readonly chromiumPath: string | null;
  readonly testDatabaseUrl: string | null;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;
export const SQLITE_FILE = 'observatory.sqlite';

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Reads the configuration from an environment once and fails fast, listing every invalid variable.
 * Relative paths are taken from `rootDir`.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, rootDir: string): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const vars = parsed.data;
  const scale = scaleSettings(vars);
  if (scale.headersTimeoutMs <= scale.keepAliveTimeoutMs) {
    throw new ConfigError([
      `SCO_HEADERS_TIMEOUT_MS: ${scale.headersTimeoutMs} ms must be above the keep-alive timeout (${scale.keepAliveTimeoutMs} ms)`,
    ]);
  }
  const root = path.resolve(rootDir);
  const dataDir = path.join(root, 'data');
  const stateDir = path.resolve(root, vars.SCO_STATE_DIR ?? '.sco');
  if (isInside(stateDir, dataDir)) {
    throw new ConfigError([`SCO_STATE_DIR: ${stateDir} is inside data/; runtime state must live elsewhere`]);
  }
  return {
    rootDir: root,
    dataDir,
    stateDir,
    database: vars.SCO_DATABASE_URL
      ? { dialect: 'postgres', url: vars.SCO_DATABASE_URL, pool: scale.pool }
      : { dialect: 'sqlite', file: path.join(stateDir, SQLITE_FILE) },
    port: vars.PORT ?? DEFAULT_PORT,
    host: vars.HOST ?? DEFAULT_HOST,
    shutdownTimeoutMs: vars.SCO_SHUTDOWN_TIMEOUT_MS ?? DEFAULT_SHUTDOWN_TIMEOUT_MS,
    chromiumPath: vars.CHROMIUM_PATH ?? null,
    testDatabaseUrl: vars.SCO_TEST_DATABASE_URL ?? null,
    ...scale,
  };
}

/** A database URL with its password hidden, for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
