import type { Verification } from '../vocabulary/verification.js';
import type { Localized } from './lang.js';

/** A column of the table of records on weak sources: the check, the records at every level, then each level. */
export type SourceStrengthColumn = 'records' | 'all' | Verification;

/**
 * The headers of the table of records on weak sources (core's `sourceStrength`), as the landing page and the
 * overview brief print it: the plural of each verification level, since a column counts records.
 */
export const SOURCE_STRENGTH_COLUMNS: Readonly<Record<SourceStrengthColumn, Localized>> = {
  records: { en: 'Records', fr: 'Accords', zh: '记录' },
  all: { en: 'All', fr: 'Tous', zh: '全部' },
  verified: { en: 'Verified', fr: 'Vérifiés', zh: '已核实' },
  single_source: { en: 'Single source', fr: 'Source unique', zh: '单一来源' },
  unverified: { en: 'Unverified', fr: 'Non vérifiés', zh: '未核实' },
};
