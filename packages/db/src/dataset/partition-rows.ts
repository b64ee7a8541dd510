import {
  hardConnectivityId,
  jurisdictionResolver,
  sortRecords,
  toAggregates,
  type Dataset,
  type TableName,
} from '@sco/core';
import type { Insertable } from 'kysely';
import { toAgreementRow } from '../rows/agreement-row.js';
import { toCurationRow } from '../rows/curation-row.js';
import { toHardConnectivityRow } from '../rows/hard-connectivity-row.js';
import { toInstitutionRow } from '../rows/institution-row.js';
import { toOfficialTallyRow } from '../rows/official-tally-row.js';
import { toOrganisationRow } from '../rows/organisation-row.js';
import { toPartyRow } from '../rows/party-row.js';
import { toProvisionRow } from '../rows/provision-row.js';
import { toRelationRow } from '../rows/relation-row.js';
import { toSourceRow } from '../rows/source-row.js';
import type { DB } from '../schema/database.js';
import { indexAgreement, type IndexContext } from '../search/index-agreement.js';
import type { RecordVersions } from './record-versions.js';

export type PartitionRows = { readonly [T in TableName]: readonly Insertable<DB[T]>[] };

/** What the index columns of agreements need from a dataset: its institutions and organisations. */
export function indexContextOf(
  tables: Pick<Dataset['tables'], 'institutions' | 'organisations'>,
): IndexContext {
  return {
    institutions: new Map(tables.institutions.map((institution) => [institution.id, institution])),
    resolve: jurisdictionResolver(tables.organisations),
  };
}

/**
 * The rows of every table for a dataset written into a partition. Agreement index columns are computed
 * from `context`, by default the dataset's own institutions and organisations (a slice of a data package
 * passes those of its first slice); curation log rows are numbered in canonical order.
 */
export function partitionRows(
  partition: string,
  dataset: Dataset,
  versions: RecordVersions,
  context: IndexContext = indexContextOf(dataset.tables),
): PartitionRows {
  const t = dataset.tables;
  const agreements = [...toAggregates(dataset).agreement.values()];
  return {
    organisations: t.organisations.map((o) =>
      toOrganisationRow(partition, o, versions('organisation', o.code)),
    ),
    institutions: t.institutions.map((i) => toInstitutionRow(partition, i, versions('institution', i.id))),
    agreements: agreements.map((a) =>
      toAgreementRow(partition, a, versions('agreement', a.id), indexAgreement(a, context)),
    ),
    parties: t.parties.map((p) => toPartyRow(partition, p)),
    sources: t.sources.map((s) => toSourceRow(partition, s)),
    provisions: t.provisions.map((p) => toProvisionRow(partition, p)),
    relations: t.relations.map((r) => toRelationRow(partition, r)),
    official_tallies: t.official_tallies.map((o) =>
      toOfficialTallyRow(partition, o, versions('tally', o.id)),
    ),
    curation_log: sortRecords('curation_log', t.curation_log).map((entry, position) =>
      toCurationRow(partition, position, entry),
    ),
    hard_connectivity: t.hard_connectivity.map((h) =>
      toHardConnectivityRow(partition, h, versions('hard_connectivity', hardConnectivityId(h))),
    ),
  };
}
