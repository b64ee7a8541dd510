import { InvalidStoredValueError } from '../errors/invalid-stored-value-error.js';

/** Booleans are written as 0/1: SQLite stores the integer, PostgreSQL reads "1"/"0" into its boolean. */
export function toStoredBoolean(value: boolean): number {
  return value ? 1 : 0;
}

/** Reads a boolean column back: 0/1 from SQLite, a boolean from PostgreSQL. */
export function fromStoredBoolean(column: string, value: number | boolean): boolean {
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  throw new InvalidStoredValueError(column, value);
}
