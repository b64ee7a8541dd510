import type { AggregateType } from '../dataset/aggregates.js';

/** A change to one field of one record, before it is stamped with who, when and which release. */
export interface ChangeDraft {
  readonly record_type: AggregateType;
  readonly record_id: string;
  /** null when the whole record is created or deleted. */
  readonly field: string | null;
  /** JSON text of the old value; null when the record is created. */
  readonly old_value: string | null;
  /** JSON text of the new value; null when the record is deleted. */
  readonly new_value: string | null;
}

/** A recorded change: who made it, when, and the release it went out in (null while a draft). */
export interface Change extends ChangeDraft {
  readonly id: number;
  readonly actor: string;
  readonly at: string;
  readonly release_id: string | null;
}
