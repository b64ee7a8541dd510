import { isAdjacentScope, scopes, type IndicatorFilter } from '@sco/core';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Partition } from '../partition/partition.js';
import type { DB } from '../schema/database.js';
import { LIST_DELIMITER } from '../search/delimited-list.js';
import { hasPassingPartner, type PartnerTest } from './partner-test.js';

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
 * The conditions of an indicator filter, but for its year range, on an agreement row: the partition, a
 * partner party, scope (adjacent scopes only when asked for), type, framing, sector, and the partner
 * filters as one partner party must pass them (`partners`, see `PartnerTest`). `partner` and `region` are
 * read from the index columns: with both, the partner codes that lie in the regions, since a party's
 * jurisdiction decides both; `partner_kind` by an EXISTS over the partner parties (null `kinds` leaves it
 * to the caller, for a query that joins the parties itself). Columns are qualified, so that a query
 * joining the parties can use them. `partners.jurisdictions` must not be empty.
 */
export function agreementRowConditions(
  eb: ExpressionBuilder<DB, 'agreements'>,
  partition: Partition,
  filter: IndicatorFilter,
  partners: PartnerTest,
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [
    eb('agreements.release_id', '=', partition),
    eb('agreements.partner_codes', '<>', ''),
  ];
  if (filter.scope !== undefined) conditions.push(eb('agreements.scope', 'in', filter.scope));
  else if (!filter.include_adjacent) conditions.push(eb('agreements.scope', 'in', STANDARDISATION_SCOPES));
  if (filter.type !== undefined) conditions.push(eb('agreements.type', 'in', filter.type));
  if (filter.bri !== undefined) conditions.push(eb('agreements.bri_framing', 'in', filter.bri));
  if (filter.partner !== undefined) {
    const codes = partners.jurisdictions ?? filter.partner;
    conditions.push(holdsAny(eb, 'agreements.partner_codes', codes));
  }
  if (filter.region !== undefined) conditions.push(holdsAny(eb, 'agreements.partner_regions', filter.region));
  if (filter.sector !== undefined) conditions.push(holdsAny(eb, 'agreements.sector_codes', filter.sector));
  if (partners.kinds !== null) conditions.push(hasPassingPartner(eb, partners));
  return eb.and(conditions);
}
