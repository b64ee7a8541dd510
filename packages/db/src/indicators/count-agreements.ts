import { isAdjacentScope, scopes, type AgreementCount, type IndicatorFilter } from '@sco/core';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { DB } from '../schema/database.js';
import { LIST_DELIMITER } from '../search/delimited-list.js';
import type { Executor } from '../transaction.js';

const STANDARDISATION_SCOPES = scopes.codes.filter((scope) => !isAdjacentScope(scope));

type ListColumn = 'partner_codes' | 'partner_regions' | 'sector_codes';

/** One of the codes is an item of a delimited list column (codes hold no LIKE wildcard). */
function holdsAny(
  eb: ExpressionBuilder<DB, 'agreements'>,
  column: ListColumn,
  codes: readonly string[],
): Expression<SqlBool> {
  return eb.or(codes.map((code) => eb(column, 'like', `%${LIST_DELIMITER}${code}${LIST_DELIMITER}%`)));
}

/**
 * The agreements of a partition that pass an indicator filter, but for its year range, counted by
 * signature year, type, framing and verification level (see `AgreementCount`): a grouped query that reads
 * no agreement into memory. An agreement counts when it has a partner party; the partner filters are read
 * from its index columns, so at most one of `partner` and `region` may be given and `partner_kind` (a
 * party's institution kind) not at all — `isCountable` says which filters qualify.
 */
export async function countAgreements(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
): Promise<AgreementCount[]> {
  assertPartition(partition);
  if (filter.partner_kind !== undefined || (filter.partner !== undefined && filter.region !== undefined)) {
    throw new Error('partner_kind, and partner with region, are per party: count them from the agreements');
  }
  const rows = await db
    .selectFrom('agreements')
    .select(['signed_year', 'type', 'bri_framing', 'verification', (eb) => eb.fn.countAll().as('count')])
    .where((eb) => {
      const conditions: Expression<SqlBool>[] = [
        eb('release_id', '=', partition),
        eb('partner_codes', '<>', ''),
      ];
      if (filter.scope !== undefined) conditions.push(eb('scope', 'in', filter.scope));
      else if (!filter.include_adjacent) conditions.push(eb('scope', 'in', STANDARDISATION_SCOPES));
      if (filter.type !== undefined) conditions.push(eb('type', 'in', filter.type));
      if (filter.bri !== undefined) conditions.push(eb('bri_framing', 'in', filter.bri));
      if (filter.partner !== undefined) conditions.push(holdsAny(eb, 'partner_codes', filter.partner));
      if (filter.region !== undefined) conditions.push(holdsAny(eb, 'partner_regions', filter.region));
      if (filter.sector !== undefined) conditions.push(holdsAny(eb, 'sector_codes', filter.sector));
      return eb.and(conditions);
    })
    .groupBy(['signed_year', 'type', 'bri_framing', 'verification'])
    .execute();
  return rows.map((row) => ({
    signed_year: row.signed_year,
    type: row.type,
    bri_framing: row.bri_framing,
    verification: row.verification,
    count: Number(row.count),
  }));
}
