import { Buffer } from 'node:buffer';
import { InvalidCursorError } from '../errors/invalid-cursor-error.js';
import type { AgreementSort } from './agreement-query.js';

/** Where a page ended: the last row's sort value and id. */
export interface CursorPosition {
  readonly value: string | null;
  readonly id: string;
}

/** An opaque cursor: base64url of JSON [sort, value, id]. */
export function encodeCursor(sort: AgreementSort, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([sort, position.value, position.id])).toString('base64url');
}

export function decodeCursor(sort: AgreementSort, cursor: string): CursorPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor, 'not a cursor handed out by this listing');
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) {
    throw new InvalidCursorError(cursor, 'not a cursor handed out by this listing');
  }
  const [cursorSort, value, id] = decoded as unknown[];
  if (cursorSort !== sort) {
    throw new InvalidCursorError(cursor, `it belongs to sort "${String(cursorSort)}", not "${sort}"`);
  }
  if ((value !== null && typeof value !== 'string') || typeof id !== 'string') {
    throw new InvalidCursorError(cursor, 'not a cursor handed out by this listing');
  }
  return { value, id };
}
