import { z } from '../openapi/zod.js';
import { hardSourcesSchema } from './hard-citation.schemas.js';

const usd = (description: string) => z.int().openapi({ description: `${description}, USD millions` });

export const hardYearSchema = z
  .strictObject({
    year: z.int(),
    total_usd_m: usd('Investment, construction and unspecified'),
    investment_usd_m: usd('Investment'),
    construction_usd_m: usd('Construction'),
    unspecified_usd_m: usd('Deals of unstated kind'),
    deals: z.int(),
    bri_usd_m: z.int().nullable().openapi({ description: 'In deals marked Belt and Road, USD millions' }),
    energy_usd_m: usd('Energy'),
    transport_usd_m: usd('Transport'),
    other_usd_m: usd('Other sectors'),
  })
  .openapi('HardYear');

export const partnerHardSchema = z
  .strictObject({
    total_usd_m: z.int().openapi({ description: 'Over all years, USD millions' }),
    deals: z.int(),
    series: z.array(hardYearSchema).openapi({ description: 'Years with deals, oldest first' }),
    sources: hardSourcesSchema,
    href: z.string().openapi({ description: 'The rows, with CSV and XLSX exports' }),
  })
  .openapi('PartnerHardConnectivity', {
    description:
      'Chinese investment and construction in the partner per year (deals of USD 100 million or more); empty ' +
      'series for a partner the source records no deal with',
  });
