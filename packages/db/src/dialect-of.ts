import { PostgresAdapter, SqliteAdapter } from 'kysely';
import type { DbDialect } from './create-db.js';
import { UnsupportedDialectError } from './errors/unsupported-dialect-error.js';
import type { Executor } from './transaction.js';

/**
 * The engine behind a Kysely instance or transaction, for the few queries whose SQL differs (text search).
 * Reads the dialect adapter, which every instance and transaction carries.
 */
export function dialectOf(db: Executor): DbDialect {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof PostgresAdapter) return 'postgres';
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  throw new UnsupportedDialectError(adapter.constructor.name);
}
