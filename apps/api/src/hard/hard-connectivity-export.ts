import type { ExportTable } from '../exports/export-table.js';
import type { HardConnectivityRow } from './hard-connectivity.service.js';

export const HARD_COLUMNS = [
  { header: 'id', width: 10 },
  { header: 'partner', width: 8 },
  { header: 'partner_name', width: 30 },
  { header: 'region', width: 8 },
  { header: 'year', width: 6 },
  { header: 'total_usd_m', width: 12 },
  { header: 'investment_usd_m', width: 12 },
  { header: 'construction_usd_m', width: 12 },
  { header: 'unspecified_usd_m', width: 12 },
  { header: 'deals', width: 6 },
  { header: 'bri_usd_m', width: 10 },
  { header: 'energy_usd_m', width: 12 },
  { header: 'transport_usd_m', width: 12 },
  { header: 'other_usd_m', width: 12 },
  { header: 'source_name', width: 30 },
  { header: 'source_edition', width: 14 },
  { header: 'source_citation', width: 60 },
  { header: 'source_url', width: 40 },
] as const;

/** Partner-years as an export table: the fields of the JSON listing, in the order of HARD_COLUMNS. */
export function hardConnectivityTable(rows: readonly HardConnectivityRow[]): ExportTable {
  return {
    columns: HARD_COLUMNS,
    rows: rows.map((row) => [
      row.id,
      row.partner,
      row.partner_name,
      row.region,
      row.year,
      row.total_usd_m,
      row.investment_usd_m,
      row.construction_usd_m,
      row.unspecified_usd_m,
      row.deals,
      row.bri_usd_m,
      row.energy_usd_m,
      row.transport_usd_m,
      row.other_usd_m,
      row.source_name,
      row.source_edition,
      row.source_citation,
      row.source_url,
    ]),
  };
}
