import type { AgreementAggregate } from '@sco/core';

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A source as GET returns it, sent back in an edit: the derived `kind_label` is dropped before checking. */
export function withoutKindLabel(source: unknown): unknown {
  if (!isObject(source) || !('kind_label' in source)) return source;
  return Object.fromEntries(Object.entries(source).filter(([name]) => name !== 'kind_label'));
}

/**
 * The public detail does not publish `curator_note`, so an edit that sends the sources it read back must not
 * clear it: a source given without the member keeps the note of the stored source of the same id (an
 * explicit null clears it). Works on the merged, not yet checked body; anything else is returned as is.
 */
export function keepCuratorNotes(merged: unknown, stored: AgreementAggregate): unknown {
  if (!isObject(merged) || !Array.isArray(merged['sources'])) return merged;
  const notes = new Map(stored.sources.map((source) => [source.id, source.curator_note]));
  const sources = merged['sources'].map((source: unknown) =>
    isObject(source) && !('curator_note' in source) && typeof source['id'] === 'string'
      ? { ...source, curator_note: notes.get(source['id']) ?? null }
      : source,
  );
  return { ...merged, sources };
}
