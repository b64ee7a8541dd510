import { expressionBuilder, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { dialectOf } from '../dialect-of.js';
import { InvalidQueryError } from '../errors/invalid-query-error.js';
import { executePrepared } from '../postgres-statements.js';
import { assertPartition, type Partition } from '../partition/partition.js';
import {
  AGREEMENT_RECORD_COLUMNS,
  fromAgreementRow,
  type AgreementRecordColumns,
} from '../rows/agreement-row.js';
import type { DB } from '../schema/database.js';
import { parseDelimitedList } from '../search/delimited-list.js';
import type { Executor } from '../transaction.js';
import { decodeCursor, encodeCursor, type CursorPosition } from './agreement-cursor.js';
import { agreementFilters } from './agreement-filters.js';
import type { AgreementListItem, AgreementPage, AgreementQuery, AgreementSort } from './agreement-query.js';

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
 * The rows after a cursor position in the order `column direction NULLS LAST, id ASC`, as the ranges of the
 * sort index they fill in that order: the rows tied with the position's value after its id, then the rows
 * beyond that value, then the undated (NULL) rows. Each range is one condition an index scan can start at;
 * the condition written as one OR made PostgreSQL walk the index from the first row and filter every row
 * before the position (58 ms for a page 90 % deep at 100,000 agreements, growing with the depth).
 */
function afterRanges(
  eb: ExpressionBuilder<DB, 'agreements'>,
  column: SortColumn,
  direction: Direction,
  position: CursorPosition,
): Expression<SqlBool>[] {
  if (column === 'id') return [eb('id', '>', position.id)];
  if (position.value === null) return [eb.and([eb(column, 'is', null), eb('id', '>', position.id)])];
  return [
    eb.and([eb(column, '=', position.value), eb('id', '>', position.id)]),
    eb(column, direction === 'asc' ? '>' : '<', position.value),
    eb(column, 'is', null),
  ];
}

export interface ListOptions {
  /**
   * The number of matching agreements when the caller knows it already (a release never changes, so the
   * count of its first page holds for every page): the page is then read without counting again.
   */
  readonly knownTotal?: number;
}

/** A page of a listing as keys: the ids of its agreements in order, the total and the next cursor. */
export interface AgreementKeyPage {
  readonly ids: readonly string[];
  readonly total: number;
  readonly next: string | null;
}

/** The columns a listing may read besides the sort column and id. */
type ListedColumn = (typeof AGREEMENT_RECORD_COLUMNS)[number] | 'version' | 'partner_codes';

/**
 * The rows of one page of a listing, with the columns `select` names besides the sort column and id (which
 * the cursor needs), the total (unless known) and the next cursor. The rows are typed as holding every
 * listed column: a caller reads only those it selected.
 */
async function pageRows(
  db: Executor,
  partition: Partition,
  query: AgreementQuery,
  options: ListOptions,
  select: readonly ListedColumn[],
) {
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
  const pageQuery = matching.select([...new Set<ListedColumn | SortColumn>([...select, 'id', column])]);
  const read = (condition: Expression<SqlBool> | undefined, limit: number) => {
    const ordered = (condition === undefined ? pageQuery : pageQuery.where(condition))
      .orderBy(column, (ob) => (direction === 'asc' ? ob.asc() : ob.desc()).nullsLast())
      .$if(column !== 'id', (qb) => qb.orderBy('id', 'asc'))
      .limit(limit);
    // PostgreSQL parses and plans a listing's page once per connection and shape (SQLite keeps its
    // statements by text: sqlite-statements.ts).
    return dialect === 'postgres' ? executePrepared(db, ordered) : ordered.execute();
  };
  // One row more than the page tells whether a next page exists. After a cursor, the ranges are read in
  // order until that many rows are found (usually the first two: the ties, then the range beyond them).
  const readPage = async () => {
    if (!position) return read(undefined, query.limit + 1);
    const rows: Awaited<ReturnType<typeof read>> = [];
    for (const range of afterRanges(expressionBuilder<DB, 'agreements'>(), column, direction, position)) {
      rows.push(...(await read(range, query.limit + 1 - rows.length)));
      if (rows.length > query.limit) break;
    }
    return rows;
  };

  const [total, rows] = await Promise.all([
    options.knownTotal ??
      matching
        .select((eb) => eb.fn.countAll().as('total'))
        .executeTakeFirstOrThrow()
        .then((count) => Number(count.total)),
    readPage(),
  ]);

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const next =
    rows.length > query.limit && last ? encodeCursor(query.sort, { value: last[column], id: last.id }) : null;
  return { page, total, next };
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
  const { page, total, next } = await pageRows(db, partition, query, options, [
    ...AGREEMENT_RECORD_COLUMNS,
    'version',
    'partner_codes',
  ]);
  return { items: page.map(toListItem), total, next };
}

/**
 * The same page as listAgreements, as the ids of its agreements only (one narrow read of the index and
 * the filtered columns): for a caller that keeps the items of an immutable release and reads only those it
 * has not seen with agreementListItems.
 */
export async function listAgreementIds(
  db: Executor,
  partition: Partition,
  query: AgreementQuery,
  options: ListOptions = {},
): Promise<AgreementKeyPage> {
  const { page, total, next } = await pageRows(db, partition, query, options, []);
  return { ids: page.map((row) => row.id), total, next };
}

/** The listed form of the agreements of a partition with these ids, by id (an unknown id is left out). */
export async function agreementListItems(
  db: Executor,
  partition: Partition,
  ids: readonly string[],
): Promise<Map<string, AgreementListItem>> {
  assertPartition(partition);
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('agreements')
    .select([...AGREEMENT_RECORD_COLUMNS, 'version', 'partner_codes'])
    .where('release_id', '=', partition)
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, toListItem(row)]));
}

function toListItem(
  row: AgreementRecordColumns & { readonly version: number; readonly partner_codes: string },
): AgreementListItem {
  return { ...fromAgreementRow(row), version: row.version, partners: parseDelimitedList(row.partner_codes) };
}
