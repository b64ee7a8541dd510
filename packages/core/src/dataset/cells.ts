import type { FieldKind } from './field-kinds.js';

/** Separator of list items inside a CSV cell. */
export const LIST_SEPARATOR = ';';

/**
 * Turns a CSV cell into the value the record schema expects. The result is validated by the schema
 * afterwards, so a cell that cannot be read is passed through as text for the schema to reject with its
 * own message.
 */
export function decodeCell(cell: string, kind: FieldKind): unknown {
  const value = cell.trim();
  if (kind.type === 'list') {
    return value === '' ? [] : value.split(LIST_SEPARATOR).map((item) => item.trim());
  }
  if (value === '') return kind.nullable ? null : '';
  if (kind.type === 'integer') return /^-?\d+$/.test(value) ? Number(value) : value;
  if (kind.type === 'boolean') {
    if (value === 'true') return true;
    if (value === 'false') return false;
    return value;
  }
  return cell;
}

/** Writes a value back as a CSV cell: the exact inverse of decodeCell for valid values. */
export function encodeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new TypeError(`cannot write a ${typeof value} to a CSV cell`);
}
