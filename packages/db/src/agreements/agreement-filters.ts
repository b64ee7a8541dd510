import { isAdjacentScope, scopes } from '@sco/core';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { DbDialect } from '../create-db.js';
import { InvalidQueryError } from '../errors/invalid-query-error.js';
import type { DB } from '../schema/database.js';
import { LIST_DELIMITER } from '../search/delimited-list.js';
import { normalizeSearchText } from '../search/normalize-search-text.js';
import { containsNeedles, type TextNeedle } from '../search/text-needles.js';
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
  const needles: TextNeedle[] = [];
  const needle = normalizeSearchText(query.q?.trim() ?? '');
  if (needle !== '') needles.push({ column: 'search_text', needle });
  if (query.partner !== undefined) {
    needles.push({ column: 'partner_codes', needle: listItem('partner', query.partner) });
  }
  if (query.region !== undefined) {
    needles.push({ column: 'partner_regions', needle: listItem('region', query.region) });
  }
  if (query.partner_kind !== undefined) {
    needles.push({ column: 'partner_kinds', needle: listItem('partner_kind', query.partner_kind) });
  }
  if (query.sector !== undefined) {
    needles.push({ column: 'sector_codes', needle: listItem('sector', query.sector) });
  }
  conditions.push(...containsNeedles(dialect, needles));
  if (query.type !== undefined) conditions.push(eb('type', '=', query.type));
  if (query.scope !== undefined) conditions.push(eb('scope', '=', query.scope));
  else if (query.include_adjacent !== true) conditions.push(eb('scope', 'in', STANDARDISATION_SCOPES));
  if (query.bri_framing !== undefined) conditions.push(eb('bri_framing', '=', query.bri_framing));
  if (query.verification !== undefined) conditions.push(eb('verification', '=', query.verification));
  if (query.from !== undefined) conditions.push(eb('signed_year', '>=', query.from));
  if (query.to !== undefined) conditions.push(eb('signed_year', '<=', query.to));
  return conditions;
}
