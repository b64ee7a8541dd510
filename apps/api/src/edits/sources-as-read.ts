import type { AgreementAggregate } from '@sco/core';

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The members GET derives from a source's own fields, never stored. */
const DERIVED = new Set(['kind_label', 'publisher_label']);

/**
 * A source as GET returns it, sent back in an edit: the derived `kind_label` and `publisher_label` are dropped
 * before checking.
 */
export function withoutDerivedLabels(source: unknown): unknown {
  if (!isObject(source) || !Object.keys(source).some((name) => DERIVED.has(name))) return source;
  return Object.fromEntries(Object.entries(source).filter(([name]) => !DERIVED.has(name)));
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
