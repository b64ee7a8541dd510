import {
  jurisdictionResolver,
  sortRecords,
  toAggregates,
  type Dataset,
} from '@sco/core';
import { ReleaseImmutableError } from '../errors/release-immutable-error.js';
import { assertPartition, DRAFT, type Partition } from '../partition/partition.js';
import { toAgreementRow } from '../rows/agreement-row.js';
import { toCurationRow } from '../rows/curation-row.js';
import { toInstitutionRow } from '../rows/institution-row.js';
import { toOfficialTallyRow } from '../rows/official-tally-row.js';
import { toOrganisationRow } from '../rows/organisation-row.js';
import { toPartyRow } from '../rows/party-row.js';
import { toProvisionRow } from '../rows/provision-row.js';
import { toRelationRow } from '../rows/relation-row.js';
import { toSourceRow } from '../rows/source-row.js';
import { indexAgreement } from '../search/index-agreement.js';
import { inTransaction, type Executor } from '../transaction.js';
import { deletePartition } from './delete-partition.js';
import { insertRows } from './insert-rows.js';
import { FIRST_VERSIONS, type RecordVersions } from './record-versions.js';

/**
 * Replaces the content of a partition with a dataset, in one transaction: the low-level write under import
 * and tests. Records no change and creates no release. A published release cannot be rewritten
 * (ReleaseImmutableError). Agreement index columns are computed from the dataset's institutions and
 * organisations. `versions` gives each aggregate root's version (1 by default).
 */
export function writePartition(
  db: Executor,
  partition: Partition,
  dataset: Dataset,
  versions: RecordVersions = FIRST_VERSIONS,
): Promise<void> {
  assertPartition(partition);
  return inTransaction(db, async (trx) => {
    if (partition !== DRAFT) {
      const release = await trx.selectFrom('releases').select('id').where('id', '=', partition).executeTakeFirst();
      if (release) throw new ReleaseImmutableError(partition);
    }
    await deletePartition(trx, partition);

    const t = dataset.tables;
    const context = {
      institutions: new Map(t.institutions.map((institution) => [institution.id, institution])),
      resolve: jurisdictionResolver(t.organisations),
    };
    const agreements = [...toAggregates(dataset).agreement.values()].map((agreement) =>
      toAgreementRow(partition, agreement, versions('agreement', agreement.id), indexAgreement(agreement, context)),
    );
    await insertRows(trx, 'organisations', t.organisations.map((o) => toOrganisationRow(partition, o, versions('organisation', o.code))));
    await insertRows(trx, 'institutions', t.institutions.map((i) => toInstitutionRow(partition, i, versions('institution', i.id))));
    await insertRows(trx, 'agreements', agreements);
    await insertRows(trx, 'parties', t.parties.map((p) => toPartyRow(partition, p)));
    await insertRows(trx, 'sources', t.sources.map((s) => toSourceRow(partition, s)));
    await insertRows(trx, 'provisions', t.provisions.map((p) => toProvisionRow(partition, p)));
    await insertRows(trx, 'relations', t.relations.map((r) => toRelationRow(partition, r)));
    await insertRows(trx, 'official_tallies', t.official_tallies.map((o) => toOfficialTallyRow(partition, o, versions('tally', o.id))));
    const curation = sortRecords('curation_log', t.curation_log);
    await insertRows(trx, 'curation_log', curation.map((entry, position) => toCurationRow(partition, position, entry)));
  });
}
