import { z } from 'zod';
import { provisionStatuses, provisions } from '../vocabulary/provision.js';
import { code, slug, text } from './fields.js';

/** A coded clause. Provisions without a row are "not coded". */
export const provisionRecordSchema = z.object({
  agreement_id: slug('The agreement'),
  provision: code(provisions, 'The provision'),
  status: code(provisionStatuses, 'Present or absent'),
  evidence: text('The passage that shows it, or the reason it is coded absent', 1000),
  source_id: slug('The source of the passage').nullable(),
});
export type ProvisionRecord = z.infer<typeof provisionRecordSchema>;
