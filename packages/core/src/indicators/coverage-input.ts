import type { Agreement } from '../dataset/assemble.js';

/**
 * What a record's coverage of an official tally is worked out from (`coverageRange`): its scope, its
 * verification level, its signature date and terminus ante quem, and its partners' codes. An assembled
 * `Agreement` is one; a database can read just these fields for a release that is only compared with
 * (the one before a brief's), without assembling it.
 */
export interface CoverageInput extends Pick<
  Agreement,
  'scope' | 'verification' | 'signed_date' | 'signed_no_later_than'
> {
  readonly partners: readonly { readonly code: string }[];
}
