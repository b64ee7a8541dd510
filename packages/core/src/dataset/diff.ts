import type { ChangeDraft } from '../model/change.js';
import { AGGREGATE_TYPES, type Aggregates, type AggregateType } from './aggregates.js';

/** Stable JSON: object keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

function sortedIds(map: ReadonlyMap<string, unknown>): string[] {
  return [...map.keys()].sort();
}

/** Field-level differences between two records of the same aggregate type. */
export function diffRecord(
  type: AggregateType,
  id: string,
  before: Readonly<Record<string, unknown>> | undefined,
  after: Readonly<Record<string, unknown>> | undefined,
): ChangeDraft[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined)
    return [
      { record_type: type, record_id: id, field: null, old_value: null, new_value: canonicalJson(after) },
    ];
  if (after === undefined)
    return [
      { record_type: type, record_id: id, field: null, old_value: canonicalJson(before), new_value: null },
    ];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: ChangeDraft[] = [];
  for (const field of fields) {
    const oldValue = canonicalJson(before[field] ?? null);
    const newValue = canonicalJson(after[field] ?? null);
    if (oldValue !== newValue)
      changes.push({ record_type: type, record_id: id, field, old_value: oldValue, new_value: newValue });
  }
  return changes;
}

/**
 * Every change that turns `before` into `after`: one entry per created or deleted record, one per changed
 * field of a record present in both. Ordered by type, then id, then field.
 */
export function diffAggregates(before: Aggregates, after: Aggregates): ChangeDraft[] {
  const changes: ChangeDraft[] = [];
  for (const type of AGGREGATE_TYPES) {
    const b = before[type] as ReadonlyMap<string, Readonly<Record<string, unknown>>>;
    const a = after[type] as ReadonlyMap<string, Readonly<Record<string, unknown>>>;
    const ids = [...new Set([...sortedIds(b), ...sortedIds(a)])].sort();
    for (const id of ids) changes.push(...diffRecord(type, id, b.get(id), a.get(id)));
  }
  return changes;
}
