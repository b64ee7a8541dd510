import { z } from 'zod';
import { sides } from '../vocabulary/side.js';
import { code, slug } from './fields.js';

/** An institution's signature on an agreement. */
export const partyRecordSchema = z.object({
  agreement_id: slug('The agreement'),
  institution_id: slug('The institution'),
  side: code(sides, 'Chinese party or partner'),
});
export type PartyRecord = z.infer<typeof partyRecordSchema>;
