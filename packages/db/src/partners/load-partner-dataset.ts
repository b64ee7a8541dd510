import type { Dataset } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import { AGREEMENT_RECORD_COLUMNS } from '../rows/agreement-row.js';
import { tablesFromRows } from '../rows/tables-from-rows.js';
import type { Executor } from '../transaction.js';

/**
 * What a partner's profile needs from its partition, instead of the whole partition: the agreements in
 * which the jurisdiction `code` is a partner (found from its institutions and their parties, by index),
 * with all their parties, those parties' institutions, their provisions and outgoing relations; the
 * organisations (a small table, for the jurisdictions); the partner's hard connectivity (or, when it has
 * none, every row, whose sources the profile cites). Sources and the
 * other tables are left empty: the profile does not read them. Its indicators, filtered to the partner,
 * count the same agreements as over the whole partition.
 */
export async function loadPartnerDataset(db: Executor, partition: Partition, code: string): Promise<Dataset> {
  assertPartition(partition);
  const ids = db
    .selectFrom('parties')
    .innerJoin('institutions', (join) =>
      join
        .onRef('institutions.release_id', '=', 'parties.release_id')
        .onRef('institutions.id', '=', 'parties.institution_id'),
    )
    .select('parties.agreement_id')
    .where('parties.release_id', '=', partition)
    .where('parties.side', '=', 'partner')
    .where('institutions.jurisdiction', '=', code);
  const [organisations, agreements, parties, provisions, relations, hard] = await Promise.all([
    db.selectFrom('organisations').selectAll().where('release_id', '=', partition).execute(),
    db
      .selectFrom('agreements')
      .select(AGREEMENT_RECORD_COLUMNS)
      .where('release_id', '=', partition)
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('parties')
      .selectAll()
      .where('release_id', '=', partition)
      .where('agreement_id', 'in', ids)
      .execute(),
    db
      .selectFrom('provisions')
      .selectAll()
      .where('release_id', '=', partition)
      .where('agreement_id', 'in', ids)
      .execute(),
    db
      .selectFrom('relations')
      .selectAll()
      .where('release_id', '=', partition)
      .where('agreement_id', 'in', ids)
      .execute(),
    db
      .selectFrom('hard_connectivity')
      .selectAll()
      .where('release_id', '=', partition)
      .where('partner', '=', code)
      .execute(),
  ]);
  // A partner without hard connectivity cites the sources of every row (a table of partner-years, not
  // of agreements).
  if (hard.length === 0)
    hard.push(
      ...(await db.selectFrom('hard_connectivity').selectAll().where('release_id', '=', partition).execute()),
    );
  const institutionIds = [...new Set(parties.map((party) => party.institution_id))];
  const institutions =
    institutionIds.length === 0
      ? []
      : await db
          .selectFrom('institutions')
          .selectAll()
          .where('release_id', '=', partition)
          .where('id', 'in', institutionIds)
          .execute();
  return {
    version: partition,
    tables: tablesFromRows({
      organisations,
      institutions,
      agreements,
      parties,
      provisions,
      relations,
      hard_connectivity: hard,
    }),
  };
}
