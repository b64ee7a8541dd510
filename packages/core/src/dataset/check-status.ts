import type { AgreementRecord } from '../model/agreement.js';
import type { RelationRecord } from '../model/relation.js';
import type { RelationType } from '../vocabulary/relation-type.js';

/** The lineage relations by which a later agreement takes an earlier one's place. */
export const SUPERSEDING_RELATIONS: readonly RelationType[] = ['renews', 'replaces'];

/** A status problem: the index of the agreement in its table and the message. */
export interface StatusProblem {
  readonly index: number;
  readonly message: string;
}

/**
 * The part of the codebook's rule for `status` that the data can show (data/README.md, "Status"): an
 * agreement coded `superseded` needs its evidence in the data, another agreement that renews or replaces it
 * (relations.csv). `in_force` and `expired` rest on sources and terms in words, which curators check.
 */
export function statusProblems(
  agreements: readonly AgreementRecord[],
  relations: readonly RelationRecord[],
): StatusProblem[] {
  const superseded = new Set(
    relations
      .filter((relation) => SUPERSEDING_RELATIONS.includes(relation.relation))
      .map((relation) => relation.target_id),
  );
  const problems: StatusProblem[] = [];
  agreements.forEach((agreement, index) => {
    if (agreement.status === 'superseded' && !superseded.has(agreement.id)) {
      problems.push({
        index,
        message:
          `agreement "${agreement.id}" is "superseded" but no agreement renews or replaces it: ` +
          'record the later agreement and its lineage (relations.csv), or code the status by its sources',
      });
    }
  });
  return problems;
}
