import { isAdjacentScope, scopes } from '@sco/core';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { DbDialect } from '../create-db.js';
import { InvalidQueryError } from '../errors/invalid-query-error.js';
import type { DB } from '../schema/database.js';
import { containsText } from '../search/contains-text.js';
import { LIST_DELIMITER } from '../search/delimited-list.js';
import { normalizeSearchText } from '../search/normalize-search-text.js';
import type { AgreementQuery } from './agreement-query.js';

const STANDARDISATION_SCOPES = scopes.codes.filter((scope) => !isAdjacentScope(scope));

function listItem(parameter: string, value: string): string {
  if (value === '' || value.includes(LIST_DELIMITER)) {
    throw new InvalidQueryError(parameter, value, `expected one code, without "${LIST_DELIMITER}"`);
  }
  return `${LIST_DELIMITER}${value}${LIST_DELIMITER}`;
}

/** The conditions of a listing query: its partition, then every filter given. */
export function agreementFilters(
  eb: ExpressionBuilder<DB, 'agreements'>,
  dialect: DbDialect,
  partition: string,
  query: AgreementQuery,
): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [eb('release_id', '=', partition)];
  const needle = normalizeSearchText(query.q?.trim() ?? '');
  if (needle !== '') conditions.push(containsText(dialect, 'search_text', needle));
  if (query.partner !== undefined) {
    conditions.push(containsText(dialect, 'partner_codes', listItem('partner', query.partner)));
  }
  if (query.region !== undefined) {
    conditions.push(containsText(dialect, 'partner_regions', listItem('region', query.region)));
  }
  if (query.partner_kind !== undefined) {
    conditions.push(containsText(dialect, 'partner_kinds', listItem('partner_kind', query.partner_kind)));
  }
  if (query.sector !== undefined) {
    conditions.push(containsText(dialect, 'sector_codes', listItem('sector', query.sector)));
  }
  if (query.type !== undefined) conditions.push(eb('type', '=', query.type));
  if (query.scope !== undefined) conditions.push(eb('scope', '=', query.scope));
  else if (query.include_adjacent !== true) conditions.push(eb('scope', 'in', STANDARDISATION_SCOPES));
  if (query.bri_framing !== undefined) conditions.push(eb('bri_framing', '=', query.bri_framing));
  if (query.verification !== undefined) conditions.push(eb('verification', '=', query.verification));
  if (query.from !== undefined) conditions.push(eb('signed_year', '>=', query.from));
  if (query.to !== undefined) conditions.push(eb('signed_year', '<=', query.to));
  return conditions;
}
