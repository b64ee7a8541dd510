import type { Release } from '@sco/core';
import type { ReleaseRow } from '../schema/releases-table.js';

export function fromReleaseRow(row: ReleaseRow): Release {
  return { id: row.id, published_at: row.published_at, published_by: row.published_by, notes: row.notes };
}
