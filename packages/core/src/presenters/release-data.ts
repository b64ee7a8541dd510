import type { TallyAggregate } from '../dataset/aggregates.js';
import type { Agreement } from '../dataset/assemble.js';

/** What the presenters read from a release (or the draft): its agreements and tallies, assembled. */
export interface ReleaseData {
  readonly agreements: readonly Agreement[];
  readonly tallies: readonly TallyAggregate[];
}
