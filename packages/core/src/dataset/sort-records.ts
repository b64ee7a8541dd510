import { tables, type RecordOf, type TableName } from './tables.js';

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = typeof a === 'string' ? a : JSON.stringify(a);
  const sb = typeof b === 'string' ? b : JSON.stringify(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * Sorts records in the canonical order of their table (code-point order, empty values last), so that a
 * written data package is byte-for-byte reproducible.
 */
export function sortRecords<T extends TableName>(table: T, records: readonly RecordOf<T>[]): RecordOf<T>[] {
  const { order, primaryKey } = tables[table];
  const keys = [...order, ...primaryKey.filter((field) => !order.includes(field))];
  return [...records].sort((a, b) => {
    for (const key of keys) {
      const d = compareValues((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
      if (d !== 0) return d;
    }
    return 0;
  });
}
