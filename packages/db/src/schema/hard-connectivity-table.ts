import type { ColumnType, Insertable, Selectable } from 'kysely';
import { columnList } from './column-list.js';

/** USD millions: PostgreSQL's bigint reads back as text, SQLite's integer as a number. */
type Amount = ColumnType<number | string, number, number>;

/** Chinese investment and construction per partner country and year, derived from a cited source. */
export interface HardConnectivityTable {
  release_id: string;
  partner: string;
  year: number;
  investment_usd_m: Amount;
  construction_usd_m: Amount;
  unspecified_usd_m: Amount;
  deals: number;
  bri_usd_m: ColumnType<number | string | null, number | null, number | null>;
  energy_usd_m: Amount;
  transport_usd_m: Amount;
  other_usd_m: Amount;
  source_name: string;
  source_edition: string;
  source_citation: string;
  source_url: string | null;
  /** Edit counter of the record (one partner-year). */
  version: number;
}

export type HardConnectivityRow = Selectable<HardConnectivityTable>;
export type NewHardConnectivityRow = Insertable<HardConnectivityTable>;

export const HARD_CONNECTIVITY_COLUMNS = columnList<HardConnectivityTable>()([
  'release_id',
  'partner',
  'year',
  'investment_usd_m',
  'construction_usd_m',
  'unspecified_usd_m',
  'deals',
  'bri_usd_m',
  'energy_usd_m',
  'transport_usd_m',
  'other_usd_m',
  'source_name',
  'source_edition',
  'source_citation',
  'source_url',
  'version',
]);
