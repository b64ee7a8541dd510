import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, chown, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { readTestEnv } from '@sco/db/testing';
import { freePort } from '../../reliability/support/free-port.js';

const run = promisify(execFile);

/** Where Debian and Ubuntu install each major version's server binaries: <root>/<version>/bin. */
const DEBIAN_ROOT = '/usr/lib/postgresql';

/** The OS user PostgreSQL runs as when the tests run as root (the server refuses to run as root). */
const SERVER_USER = 'postgres';

/** PostgreSQL's server binaries were required (on CI) but are not installed. */
export class PostgresBinariesMissingError extends Error {
  override readonly name = 'PostgresBinariesMissingError';
}

/**
 * The bin folder of the newest PostgreSQL installed under `root` (<root>/<version>/bin holding initdb and
 * pg_ctl), or null when there is none: then on CI it throws, so that the suite fails instead of skipping;
 * elsewhere the caller skips.
 */
export async function postgresBinDir(root = DEBIAN_ROOT, ci = readTestEnv().ci): Promise<string | null> {
  const versions = existsSync(root) ? await readdir(root) : [];
  const found = versions
    .filter((version) => /^\d+(?:\.\d+)?$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, 'bin'))
    .find((bin) => existsSync(path.join(bin, 'initdb')) && existsSync(path.join(bin, 'pg_ctl')));
  if (found !== undefined) return found;
  if (ci) {
    throw new PostgresBinariesMissingError(
      `no PostgreSQL server binaries (initdb, pg_ctl) in ${root}/<version>/bin: on CI the suites that ` +
        'restart a PostgreSQL server of their own must run (install the postgresql package)',
    );
  }
  return null;
}

/**
 * A PostgreSQL cluster of the suite's own: a fresh data folder in a temporary folder, on a free port of
 * 127.0.0.1 only (no other address; its Unix socket in the temporary folder), trust authentication for the
 * user postgres, small shared buffers. It can be stopped and started again, on the same port and data.
 */
export interface PrivatePostgres {
  readonly port: number;
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  readonly url: string;
  /** `pg_ctl stop -m fast`: sessions are ended, the server checkpoints and exits; waits until it has. */
  stop(): Promise<void>;
  /** `pg_ctl start` on the same data folder and port; waits until it accepts connections. */
  start(): Promise<void>;
  /** The server's log so far. */
  serverLog(): Promise<string>;
  /** Stops the server if it runs (immediate mode) and removes the temporary folder. */
  destroy(): Promise<void>;
}

/** The uid and gid of an OS user. */
async function idsOf(user: string): Promise<{ uid: number; gid: number }> {
  const uid = Number((await run('id', ['-u', user])).stdout.trim());
  const gid = Number((await run('id', ['-g', user])).stdout.trim());
  return { uid, gid };
}

export async function startPrivatePostgres(bin: string): Promise<PrivatePostgres> {
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(path.join(tmpdir(), 'sco-postgres-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  /** A server binary, as the user postgres when we are root, in the temporary folder. */
  const server = async (tool: string, args: readonly string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', SERVER_USER, '--', path.join(bin, tool), ...args]]
      : [path.join(bin, tool), [...args]];
    try {
      await run(file, argv, { cwd: dir, timeout: 120_000 });
    } catch (error) {
      const tail = existsSync(log) ? (await readFile(log, 'utf8')).split('\n').slice(-20).join('\n') : '';
      throw new Error(`${tool} ${args.join(' ')} failed: ${(error as Error).message}\n${tail}`, {
        cause: error,
      });
    }
  };
  const cluster = async () => {
    if (asRoot) {
      const { uid, gid } = await idsOf(SERVER_USER);
      await chown(dir, uid, gid);
    }
    await server('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--no-locale',
      '--no-sync',
    ]);
    const port = await freePort();
    await appendFile(
      path.join(data, 'postgresql.conf'),
      [
        `listen_addresses = '127.0.0.1'`,
        `port = ${port}`,
        `unix_socket_directories = '${dir}'`,
        `shared_buffers = 16MB`,
        `max_connections = 40`,
        '',
      ].join('\n'),
    );
    return port;
  };
  const start = () => server('pg_ctl', ['start', '-D', data, '-l', log, '-w', '-t', '60']);
  const stop = (mode: 'fast' | 'immediate') =>
    server('pg_ctl', ['stop', '-D', data, '-m', mode, '-w', '-t', '60']);
  const destroy = async () => {
    try {
      // The server runs while its data folder holds postmaster.pid.
      if (existsSync(path.join(data, 'postmaster.pid'))) await stop('immediate');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  try {
    const port = await cluster();
    await start();
    return {
      port,
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: () => stop('fast'),
      start,
      serverLog: () => readFile(log, 'utf8'),
      destroy,
    };
  } catch (error) {
    await destroy();
    throw error;
  }
}
