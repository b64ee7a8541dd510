import { hardTotal, type HardConnectivityRecord, type ReadLink } from '@sco/core';
import type { z } from '../openapi/zod.js';
import { hardSources } from './hard-citation.js';
import type { partnerHardSchema } from './partner-hard-series.schemas.js';

export type PartnerHard = z.output<typeof partnerHardSchema>;

/** A partner's hard connectivity per year, oldest first, with the sources of the data set. */
export function partnerHardSeries(
  rows: readonly HardConnectivityRecord[],
  code: string,
  link: ReadLink,
): PartnerHard {
  const own = rows.filter((row) => row.partner === code).sort((a, b) => a.year - b.year);
  const series = own.map((row) => ({
    year: row.year,
    total_usd_m: hardTotal(row),
    investment_usd_m: row.investment_usd_m,
    construction_usd_m: row.construction_usd_m,
    unspecified_usd_m: row.unspecified_usd_m,
    deals: row.deals,
    bri_usd_m: row.bri_usd_m,
    energy_usd_m: row.energy_usd_m,
    transport_usd_m: row.transport_usd_m,
    other_usd_m: row.other_usd_m,
  }));
  return {
    total_usd_m: series.reduce((sum, year) => sum + year.total_usd_m, 0),
    deals: series.reduce((sum, year) => sum + year.deals, 0),
    series,
    sources: hardSources(own.length > 0 ? own : rows),
    href: link('/v1/hard-connectivity', { partner: code }),
  };
}
