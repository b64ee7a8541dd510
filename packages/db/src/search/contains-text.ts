import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DbDialect } from '../create-db.js';

/**
 * Whether a text column contains `needle` as a literal substring: instr() on SQLite, strpos() on
 * PostgreSQL. Unlike LIKE there are no wildcards, so "%" and "_" match themselves.
 */
export function containsText(dialect: DbDialect, column: string, needle: string): RawBuilder<SqlBool> {
  return dialect === 'postgres'
    ? sql<SqlBool>`strpos(${sql.ref(column)}, ${needle}) > 0`
    : sql<SqlBool>`instr(${sql.ref(column)}, ${needle}) > 0`;
}
