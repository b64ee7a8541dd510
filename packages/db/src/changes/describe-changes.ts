import type { ChangeDraft } from '@sco/core';

/**
 * One line per changed record, naming every changed field: "agreement sac-din-2006: notes, title_en",
 * "institution kebs: created", "agreement old-mou: deleted".
 */
export function describeChanges(changes: readonly ChangeDraft[]): string[] {
  const records = new Map<string, string[]>();
  for (const change of changes) {
    const record = `${change.record_type} ${change.record_id}`;
    const what = change.field ?? (change.old_value === null ? 'created' : 'deleted');
    records.set(record, [...(records.get(record) ?? []), what]);
  }
  return [...records].map(([record, fields]) => `${record}: ${fields.join(', ')}`);
}
