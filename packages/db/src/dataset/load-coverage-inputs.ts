import type { CoverageInput } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';

/**
 * What core's coverage of the official tallies is worked out from, for every agreement of a partition
 * (core's `CoverageInput`: scope, verification, signature date, terminus ante quem, partners' codes), in
 * two narrow queries instead of the whole partition assembled: for a release a brief or the landing page
 * only compares with (the change since the release before), a few columns per agreement and per partner
 * party rather than every table. The partners of an agreement are its partner parties' jurisdictions, each
 * once, as `assembleAgreements` gives them.
 */
export async function loadCoverageInputs(db: Executor, partition: Partition): Promise<CoverageInput[]> {
  assertPartition(partition);
  const [agreements, partners] = await Promise.all([
    db
      .selectFrom('agreements')
      .select(['id', 'scope', 'verification', 'signed_date', 'signed_no_later_than'])
      .where('release_id', '=', partition)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('parties')
      .innerJoin('institutions', (join) =>
        join
          .onRef('institutions.release_id', '=', 'parties.release_id')
          .onRef('institutions.id', '=', 'parties.institution_id'),
      )
      .select(['parties.agreement_id', 'institutions.jurisdiction'])
      .where('parties.release_id', '=', partition)
      .where('parties.side', '=', 'partner')
      .execute(),
  ]);
  const codesOf = new Map<string, Set<string>>();
  for (const { agreement_id: id, jurisdiction } of partners) {
    let codes = codesOf.get(id);
    if (!codes) codesOf.set(id, (codes = new Set<string>()));
    codes.add(jurisdiction);
  }
  return agreements.map(({ id, scope, verification, signed_date, signed_no_later_than }) => ({
    scope,
    verification,
    signed_date,
    signed_no_later_than,
    partners: [...(codesOf.get(id) ?? [])].map((code) => ({ code })),
  }));
}
