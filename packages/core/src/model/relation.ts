import { z } from 'zod';
import { relationTypes } from '../vocabulary/relation-type.js';
import { code, optionalText, slug } from './fields.js';

/** Lineage: agreement_id renews / extends / replaces / implements target_id. */
export const relationRecordSchema = z.object({
  agreement_id: slug('The later agreement'),
  relation: code(relationTypes, 'How it relates to the target'),
  target_id: slug('The earlier or framework agreement'),
  note: optionalText('Note', 500),
});
export type RelationRecord = z.infer<typeof relationRecordSchema>;
