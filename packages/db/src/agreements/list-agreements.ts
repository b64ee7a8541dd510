import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { dialectOf } from '../dialect-of.js';
import { InvalidQueryError } from '../errors/invalid-query-error.js';
import { assertPartition, type Partition } from '../partition/partition.js';
import { AGREEMENT_RECORD_COLUMNS, fromAgreementRow } from '../rows/agreement-row.js';
import type { DB } from '../schema/database.js';
import { parseDelimitedList } from '../search/delimited-list.js';
import type { Executor } from '../transaction.js';
import { decodeCursor, encodeCursor, type CursorPosition } from './agreement-cursor.js';
import { agreementFilters } from './agreement-filters.js';
import type { AgreementPage, AgreementQuery, AgreementSort } from './agreement-query.js';

type SortColumn = 'signed_date' | 'sort_title' | 'id';
type Direction = 'asc' | 'desc';

const SORT_KEYS: Readonly<Record<AgreementSort, { column: SortColumn; direction: Direction }>> = {
  signed_date: { column: 'signed_date', direction: 'asc' },
  '-signed_date': { column: 'signed_date', direction: 'desc' },
  title: { column: 'sort_title', direction: 'asc' },
  '-title': { column: 'sort_title', direction: 'desc' },
  id: { column: 'id', direction: 'asc' },
};

/**
 * Rows after a cursor position in the order `column direction NULLS LAST, id ASC`: the keyset condition
 * written out, so that it means the same on both engines.
 */
function after(
  eb: ExpressionBuilder<DB, 'agreements'>,
  column: SortColumn,
  direction: Direction,
  position: CursorPosition,
): Expression<SqlBool> {
  if (column === 'id') return eb('id', '>', position.id);
  if (position.value === null) return eb.and([eb(column, 'is', null), eb('id', '>', position.id)]);
  return eb.or([
    eb(column, direction === 'asc' ? '>' : '<', position.value),
    eb.and([eb(column, '=', position.value), eb('id', '>', position.id)]),
    eb(column, 'is', null),
  ]);
}

export interface ListOptions {
  /**
   * The number of matching agreements when the caller knows it already (a release never changes, so the
   * count of its first page holds for every page): the page is then read without counting again.
   */
  readonly knownTotal?: number;
}

/**
 * Lists the agreements of a partition that match a query (see AgreementQuery for what each filter means),
 * one page at a time with keyset pagination: the `next` cursor continues exactly after the last row, even
 * when rows are added or removed in between. Text sorts in code-point order and undated agreements come
 * last on both engines.
 */
export async function listAgreements(
  db: Executor,
  partition: Partition,
  query: AgreementQuery,
  options: ListOptions = {},
): Promise<AgreementPage> {
  assertPartition(partition);
  if (!Number.isInteger(query.limit) || query.limit < 1) {
    throw new InvalidQueryError('limit', query.limit, 'expected a whole number of at least 1');
  }
  const dialect = dialectOf(db);
  const { column, direction } = SORT_KEYS[query.sort];
  const position = query.cursor === undefined ? undefined : decodeCursor(query.sort, query.cursor);
  const matching = db
    .selectFrom('agreements')
    .where((eb) => eb.and(agreementFilters(eb, dialect, partition, query)));
  let pageQuery = matching.select([...AGREEMENT_RECORD_COLUMNS, 'version', 'partner_codes', 'sort_title']);
  if (position) pageQuery = pageQuery.where((eb) => after(eb, column, direction, position));

  const [total, rows] = await Promise.all([
    options.knownTotal ??
      matching
        .select((eb) => eb.fn.countAll().as('total'))
        .executeTakeFirstOrThrow()
        .then((count) => Number(count.total)),
    pageQuery
      .orderBy(column, (ob) => (direction === 'asc' ? ob.asc() : ob.desc()).nullsLast())
      .$if(column !== 'id', (qb) => qb.orderBy('id', 'asc'))
      .limit(query.limit + 1)
      .execute(),
  ]);

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ...fromAgreementRow(row),
      version: row.version,
      partners: parseDelimitedList(row.partner_codes),
    })),
    total,
    next:
      rows.length > query.limit && last
        ? encodeCursor(query.sort, { value: last[column], id: last.id })
        : null,
  };
}
