import { jurisdictionResolver, type AgreementAggregate } from '@sco/core';
import { fromInstitutionRow } from '../rows/institution-row.js';
import { fromOrganisationRow } from '../rows/organisation-row.js';
import type { IndexContext } from '../search/index-agreement.js';
import type { Executor } from '../transaction.js';

/** What indexing an agreement needs from its partition: its parties' institutions and the organisations. */
export async function loadIndexContext(
  db: Executor,
  partition: string,
  agreement: AgreementAggregate,
): Promise<IndexContext> {
  const ids = agreement.parties.map((party) => party.institution_id);
  const [institutions, organisations] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .selectFrom('institutions')
          .selectAll()
          .where('release_id', '=', partition)
          .where('id', 'in', ids)
          .execute(),
    db.selectFrom('organisations').selectAll().where('release_id', '=', partition).execute(),
  ]);
  return {
    institutions: new Map(institutions.map((row) => [row.id, fromInstitutionRow(row)])),
    resolve: jurisdictionResolver(organisations.map(fromOrganisationRow)),
  };
}
