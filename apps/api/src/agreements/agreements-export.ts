import { jurisdictionResolver, type OrganisationRecord } from '@sco/core';
import { listAgreements, type AgreementListItem, type AgreementQuery, type Db } from '@sco/db';
import { CELL_LIST_SEPARATOR, type ExportCell, type ExportTable } from '../exports/export-table.js';
import type { ReadContext } from '../reading/read-context.js';

/** Rows read per query while an export pages through every matching agreement. */
const EXPORT_PAGE = 500;

type Filters = Omit<AgreementQuery, 'sort' | 'limit' | 'cursor'>;

/** Every agreement that matches the filters, in the order of `sort`, paged through internally. */
export async function allMatchingAgreements(
  db: Db,
  context: ReadContext,
  filters: Filters,
  sort: AgreementQuery['sort'],
): Promise<AgreementListItem[]> {
  const items: AgreementListItem[] = [];
  let cursor: string | null = null;
  do {
    const page = await listAgreements(db.db, context.partition, {
      ...filters,
      sort,
      limit: EXPORT_PAGE,
      ...(cursor === null ? {} : { cursor }),
    });
    items.push(...page.items);
    cursor = page.next;
  } while (cursor !== null);
  return items;
}

export const AGREEMENT_COLUMNS = [
  { header: 'id', width: 40 },
  { header: 'title_en', width: 60 },
  { header: 'title_original', width: 40 },
  { header: 'title_original_lang', width: 8 },
  { header: 'type', width: 22 },
  { header: 'scope', width: 18 },
  { header: 'signed_date', width: 12 },
  { header: 'signed_date_basis', width: 10 },
  { header: 'signed_no_later_than', width: 12 },
  { header: 'status', width: 12 },
  { header: 'terms', width: 30 },
  { header: 'sectors', width: 12 },
  { header: 'tags', width: 30 },
  { header: 'bri_framing', width: 12 },
  { header: 'verification', width: 14 },
  { header: 'notes', width: 60 },
  { header: 'version', width: 8 },
  { header: 'partners', width: 20 },
  { header: 'partner_names_en', width: 40 },
] as const;

const join = (list: readonly string[]): string => list.join(CELL_LIST_SEPARATOR);

/**
 * Agreements as an export table: the fields of the JSON listing, lists joined with "; ", plus the
 * partners' English names in the order of their codes.
 */
export function agreementsTable(
  items: readonly AgreementListItem[],
  organisations: readonly OrganisationRecord[],
): ExportTable {
  const cells = agreementCells(organisations);
  return { columns: AGREEMENT_COLUMNS, rows: items.map(cells) };
}

/** The cells of an agreement's row, partner codes resolved to English names through `organisations`. */
export function agreementCells(
  organisations: readonly OrganisationRecord[],
): (item: AgreementListItem) => ExportCell[] {
  const resolve = jurisdictionResolver(organisations);
  return (item) => [
    item.id,
    item.title_en,
    item.title_original,
    item.title_original_lang,
    item.type,
    item.scope,
    item.signed_date,
    item.signed_date_basis,
    item.signed_no_later_than,
    item.status,
    item.terms,
    join(item.sectors),
    join(item.tags),
    item.bri_framing,
    item.verification,
    item.notes,
    item.version,
    join(item.partners),
    join(item.partners.map((code) => resolve(code)?.names.en ?? code)),
  ];
}
