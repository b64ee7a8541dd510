import { z } from 'zod';
import { isoDate, slug, text } from './fields.js';

export const CURATION_ACTIONS = ['kept', 'merged', 'corrected', 'adjacent', 'dropped', 'added'] as const;

/** One curation decision: what became of a research row. */
export const curationEntryRecordSchema = z.object({
  research_file: text('Research file the row came from, or "new"', 200),
  research_row: z.int().min(1).nullable().meta({ description: '1-based data row in that file' }),
  agreement_id: slug('The agreement or tally it became; empty if dropped').nullable(),
  action: z
    .enum(CURATION_ACTIONS, { error: `expected one of: ${CURATION_ACTIONS.join(', ')}` })
    .meta({ description: 'What was done' }),
  date_checked: isoDate('When it was checked'),
  note: text('What was checked and decided', 2000),
});
export type CurationEntryRecord = z.infer<typeof curationEntryRecordSchema>;
