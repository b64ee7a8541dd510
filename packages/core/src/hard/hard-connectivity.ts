import { z } from 'zod';
import { text } from '../model/fields.js';

const amount = (description: string) =>
  z
    .number()
    .int('expected whole USD millions')
    .nonnegative('must be zero or more')
    .max(10_000_000)
    .meta({ description });

/**
 * Chinese investment and construction in one partner country in one year, derived from a deal-level source
 * (e.g. the China Global Investment Tracker). Amounts in USD millions at the value the source reports.
 */
export const hardConnectivityRecordSchema = z.object({
  partner: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code in upper case')
    .meta({ description: 'Partner country, ISO 3166-1 alpha-3' }),
  year: z.number().int().min(1949).max(2100).meta({ description: 'Year of the deals' }),
  investment_usd_m: amount('Investment (equity stakes, acquisitions, greenfield), USD millions'),
  construction_usd_m: amount('Construction contracts, USD millions'),
  unspecified_usd_m: amount(
    'Deals whose kind the source does not state (e.g. a combined export), USD millions',
  ),
  deals: z.number().int().min(1).meta({ description: 'Number of deals' }),
  bri_usd_m: amount(
    'Amount in deals the source marks as Belt and Road, USD millions; empty when it marks none either way',
  ).nullable(),
  energy_usd_m: amount('Energy sector, USD millions'),
  transport_usd_m: amount('Transport sector, USD millions'),
  other_usd_m: amount('All other sectors, USD millions'),
  source_name: text('Name of the source dataset', 300),
  source_edition: text('Edition of the source, e.g. "February 2020"', 100),
  source_citation: text('Citation to print with every figure derived from this row', 1000),
  source_url: z.url().nullable().meta({ description: 'Where the source is published' }),
});
export type HardConnectivityRecord = z.infer<typeof hardConnectivityRecordSchema>;

/** Total hard connectivity of a row: investment, construction and deals of unstated kind. */
export function hardTotal(
  row: Pick<HardConnectivityRecord, 'investment_usd_m' | 'construction_usd_m' | 'unspecified_usd_m'>,
): number {
  return row.investment_usd_m + row.construction_usd_m + row.unspecified_usd_m;
}

export const HARD_KINDS = ['investment', 'construction', 'unspecified'] as const;
export type HardKind = (typeof HARD_KINDS)[number];

export const HARD_SECTORS = ['energy', 'transport', 'other'] as const;
export type HardSector = (typeof HARD_SECTORS)[number];
