import { InvalidStoredValueError } from '../errors/invalid-stored-value-error.js';

/** List fields (sectors, tags) are stored as JSON arrays of strings. */
export function toJsonList(items: readonly string[]): string {
  return JSON.stringify(items);
}

/** Reads a JSON list back. The item type is the record schema's; the database holds what was written. */
export function fromJsonList<T extends string>(column: string, text: string): T[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new InvalidStoredValueError(column, text);
  }
  return value as T[];
}
