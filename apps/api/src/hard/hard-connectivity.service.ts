import {
  hardConnectivityId,
  hardTotal,
  jurisdictionResolver,
  type HardConnectivityRecord,
  type HardKind,
  type Lang,
  type OrganisationRecord,
  type RegionCode,
} from '@sco/core';
import type { z } from '../openapi/zod.js';
import type { hardConnectivityRowSchema } from './hard-connectivity.schemas.js';

export type HardConnectivityRow = z.output<typeof hardConnectivityRowSchema>;

export interface HardConnectivityFilters {
  readonly partner?: string | undefined;
  readonly region?: RegionCode | undefined;
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  readonly kind?: HardKind | undefined;
}

const KIND_AMOUNT: Readonly<Record<HardKind, (row: HardConnectivityRecord) => number>> = {
  investment: (row) => row.investment_usd_m,
  construction: (row) => row.construction_usd_m,
  unspecified: (row) => row.unspecified_usd_m,
};

/** Every partner-year that matches the filters, by id (partner then year), with the partner's name and region. */
export function matchingHardRows(
  rows: readonly HardConnectivityRecord[],
  organisations: readonly OrganisationRecord[],
  filters: HardConnectivityFilters,
  lang: Lang,
): HardConnectivityRow[] {
  const resolve = jurisdictionResolver(organisations);
  return rows
    .filter(
      (row) =>
        (filters.partner === undefined || row.partner === filters.partner) &&
        (filters.from === undefined || row.year >= filters.from) &&
        (filters.to === undefined || row.year <= filters.to) &&
        (filters.kind === undefined || KIND_AMOUNT[filters.kind](row) > 0),
    )
    .map((row) => {
      const jurisdiction = resolve(row.partner);
      return {
        id: hardConnectivityId(row),
        ...row,
        partner_name: jurisdiction?.names[lang] ?? row.partner,
        region: jurisdiction?.region ?? null,
        total_usd_m: hardTotal(row),
      };
    })
    .filter((row) => filters.region === undefined || row.region === filters.region)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface HardPage {
  readonly total: number;
  readonly next: string | null;
  readonly items: readonly HardConnectivityRow[];
}

/** The page after `cursor` (the id of the previous page's last row): ids sort as the rows do. */
export function hardPage(rows: readonly HardConnectivityRow[], limit: number, cursor?: string): HardPage {
  const start = cursor === undefined ? 0 : rows.findIndex((row) => row.id > cursor);
  const items = start === -1 ? [] : rows.slice(start, start + limit);
  const last = items.at(-1);
  const more = start !== -1 && start + limit < rows.length;
  return { total: rows.length, next: more && last ? last.id : null, items };
}
