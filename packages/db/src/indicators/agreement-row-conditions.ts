import { isAdjacentScope, scopes, type IndicatorFilter } from '@sco/core';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Partition } from '../partition/partition.js';
import type { DB } from '../schema/database.js';
import { LIST_DELIMITER } from '../search/delimited-list.js';

const STANDARDISATION_SCOPES = scopes.codes.filter((scope) => !isAdjacentScope(scope));

type ListColumn = 'agreements.partner_codes' | 'agreements.partner_regions' | 'agreements.sector_codes';

/** One of the codes is an item of a delimited list column (codes hold no LIKE wildcard). */
function holdsAny(
  eb: ExpressionBuilder<DB, 'agreements'>,
  column: ListColumn,
  codes: readonly string[],
): Expression<SqlBool> {
  return eb.or(codes.map((code) => eb(column, 'like', `%${LIST_DELIMITER}${code}${LIST_DELIMITER}%`)));
}

/**
 * The conditions of an indicator filter, but for its year range and `partner_kind`, that an agreement row
 * answers by itself: the partition, a partner party, scope (adjacent scopes only when asked for), type,
 * framing, sector, and `partner` or `region` from the index columns. Columns are qualified, so that a query
 * joining the parties can use them.
 */
export function agreementRowConditions(
  eb: ExpressionBuilder<DB, 'agreements'>,
  partition: Partition,
  filter: IndicatorFilter,
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [
    eb('agreements.release_id', '=', partition),
    eb('agreements.partner_codes', '<>', ''),
  ];
  if (filter.scope !== undefined) conditions.push(eb('agreements.scope', 'in', filter.scope));
  else if (!filter.include_adjacent) conditions.push(eb('agreements.scope', 'in', STANDARDISATION_SCOPES));
  if (filter.type !== undefined) conditions.push(eb('agreements.type', 'in', filter.type));
  if (filter.bri !== undefined) conditions.push(eb('agreements.bri_framing', 'in', filter.bri));
  if (filter.partner !== undefined) conditions.push(holdsAny(eb, 'agreements.partner_codes', filter.partner));
  if (filter.region !== undefined) conditions.push(holdsAny(eb, 'agreements.partner_regions', filter.region));
  if (filter.sector !== undefined) conditions.push(holdsAny(eb, 'agreements.sector_codes', filter.sector));
  return eb.and(conditions);
}
