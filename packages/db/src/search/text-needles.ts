import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DbDialect } from '../create-db.js';

/** The agreement columns a text filter looks into; each is indexed by trigrams (see the read-indexes migration). */
export type TextColumn =
  'search_text' | 'partner_codes' | 'partner_regions' | 'partner_kinds' | 'sector_codes';

/** A literal substring to find in a column. */
export interface TextNeedle {
  readonly column: TextColumn;
  readonly needle: string;
}

/** The shortest needle a trigram index can serve: shorter ones are found by scanning. */
const TRIGRAM = 3;

/** A LIKE pattern that matches `needle` anywhere, its wildcards and the escape character escaped. */
export function likeSubstring(needle: string): string {
  return `%${needle.replace(/[\\%_]/gu, (char) => `\\${char}`)}%`;
}

/** An FTS5 query: each needle as a phrase (quotes doubled) in its column, all of them required. */
export function ftsPhrases(needles: readonly TextNeedle[]): string {
  return needles.map(({ column, needle }) => `${column} : "${needle.replaceAll('"', '""')}"`).join(' AND ');
}

/**
 * Whether every column contains its needle as a literal substring ("%" and "_" are ordinary characters).
 * PostgreSQL: `LIKE` with the wildcards escaped, which the pg_trgm GIN index of the column serves. SQLite:
 * a phrase query on the FTS5 trigram table (a phrase of trigrams is a substring: the texts and needles are
 * normalised alike and the index is case-sensitive) for needles of three characters or more, `instr()`
 * for shorter ones, which no trigram can hold. Both give exactly the rows a substring test gives.
 */
export function containsNeedles(dialect: DbDialect, needles: readonly TextNeedle[]): RawBuilder<SqlBool>[] {
  if (dialect === 'postgres') {
    return needles.map(
      ({ column, needle }) => sql<SqlBool>`${sql.ref(column)} like ${likeSubstring(needle)}`,
    );
  }
  const indexed = needles.filter(({ needle }) => Array.from(needle).length >= TRIGRAM);
  const scanned = needles.filter(({ needle }) => Array.from(needle).length < TRIGRAM);
  const conditions = scanned.map(
    ({ column, needle }) => sql<SqlBool>`instr(${sql.ref(column)}, ${needle}) > 0`,
  );
  if (indexed.length > 0) {
    conditions.unshift(
      sql<SqlBool>`agreements.rowid in (select rowid from agreements_search where agreements_search match ${ftsPhrases(indexed)})`,
    );
  }
  return conditions;
}
