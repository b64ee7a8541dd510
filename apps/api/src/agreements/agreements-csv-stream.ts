import { listAgreements, listOrganisations, type AgreementQuery, type Db } from '@sco/db';
import { csvLine } from '../exports/csv.js';
import type { ChunkWriter } from '../exports/stream-export.js';
import type { ReadContext } from '../reading/read-context.js';
import { AGREEMENT_COLUMNS, agreementCells } from './agreements-export.js';

/** Rows read per query while a CSV export pages through the matching agreements. */
export const CSV_EXPORT_PAGE = 500;

type Filters = Omit<AgreementQuery, 'sort' | 'limit' | 'cursor'>;

/**
 * Writes the CSV of every agreement that matches the filters, in the order of `sort`, one page of
 * `pageSize` rows at a time (each page one keyset query; only the first counts): the same bytes as
 * `toCsv(agreementsTable(…))`, with at most one page in memory.
 */
export async function writeAgreementsCsv(
  db: Db,
  context: ReadContext,
  query: { readonly filters: Filters; readonly sort: AgreementQuery['sort'] },
  write: ChunkWriter,
  pageSize = CSV_EXPORT_PAGE,
): Promise<void> {
  const cells = agreementCells(await listOrganisations(db.db, context.partition));
  await write(csvLine(AGREEMENT_COLUMNS.map((column) => column.header)));
  let cursor: string | null = null;
  let total: number | undefined;
  do {
    const page = await listAgreements(
      db.db,
      context.partition,
      { ...query.filters, sort: query.sort, limit: pageSize, ...(cursor === null ? {} : { cursor }) },
      // Counted on the first page only: the count does not change between pages of one export.
      total === undefined ? {} : { knownTotal: total },
    );
    total = page.total;
    if (page.items.length > 0) await write(page.items.map((item) => csvLine(cells(item))).join(''));
    cursor = page.next;
  } while (cursor !== null);
}
