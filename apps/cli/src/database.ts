import { mkdir } from 'node:fs/promises';
import { loadConfig, redactUrl, type Config } from '@sco/config';
import { createDb, migrateToLatest, type Db } from '@sco/db';
import type { CliIo } from './io.js';
import { step } from './progress.js';

/** Where the database is, in words for the user (never with a password). */
export function describeDatabase(config: Config): string {
  return config.database.dialect === 'sqlite'
    ? `SQLite ${config.database.file}`
    : `PostgreSQL ${redactUrl(config.database.url)}`;
}

/** Opens the configured database and brings its schema up to date, telling the user what ran. */
export async function openDatabase(io: CliIo, config: Config): Promise<Db> {
  if (config.database.dialect === 'sqlite') await mkdir(config.stateDir, { recursive: true });
  const db = createDb(config.database);
  try {
    await step(
      io,
      `migrating ${describeDatabase(config)}`,
      () => migrateToLatest(db.db),
      (ran) => (ran.length === 0 ? 'up to date' : `applied ${ran.join(', ')}`),
    );
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** Runs `work` with the configured, migrated database and always closes it. */
export async function withDatabase<T>(io: CliIo, work: (db: Db, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env, io.rootDir);
  const db = await openDatabase(io, config);
  try {
    return await work(db, config);
  } finally {
    await db.close();
  }
}
