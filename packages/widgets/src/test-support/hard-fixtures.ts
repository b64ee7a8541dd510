import type { HardConnectivityPage, HardConnectivityRow, PartnerProfile } from '@sco/client';
import { fixtures } from './fixtures.js';

/**
 * Synthetic investment figures (not the tracker's), small and round so that the tests can compute the bars by
 * hand. Sums per year: 2010 2,000 (1 deal), 2015 1,000 + 3,000 = 4,000 (5 deals), 2018 500 (1 deal).
 */
const SOURCE = {
  name: 'China Global Investment Tracker',
  edition: 'Test edition',
  citation:
    'China Global Investment Tracker, American Enterprise Institute and The Heritage Foundation, edition Test',
  url: 'https://www.aei.org/china-global-investment-tracker/',
};

function row(partner: string, year: number, total: number, deals: number): HardConnectivityRow {
  return {
    id: `${partner}-${year}`,
    partner,
    year,
    investment_usd_m: 0,
    construction_usd_m: 0,
    unspecified_usd_m: total,
    deals,
    bri_usd_m: null,
    energy_usd_m: total,
    transport_usd_m: 0,
    other_usd_m: 0,
    source_name: SOURCE.name,
    source_edition: SOURCE.edition,
    source_citation: SOURCE.citation,
    source_url: SOURCE.url,
    partner_name: partner,
    region: null,
    total_usd_m: total,
  };
}

export const hardPage: HardConnectivityPage = {
  release: fixtures.indicatorYearEn.release,
  total: 4,
  next: null,
  sources: [SOURCE],
  items: [
    row('RUS', 2010, 2000, 1),
    row('KEN', 2015, 1000, 2),
    row('RUS', 2015, 3000, 3),
    row('KEN', 2018, 500, 1),
  ],
};

/**
 * The Russian profile with a synthetic series: 2006 5,410 (4 deals), 2016 3,110 (5), 2019 7,550 (8). Its
 * agreements (the real fixture's) are dated 2016, 2017, 2019, 2023, 2024 and 2025, two undated.
 */
export const partnerRusWithHard = {
  ...fixtures.partnerRusEn,
  hard_connectivity: {
    total_usd_m: 16070,
    deals: 17,
    series: [
      [2006, 5410, 4],
      [2016, 3110, 5],
      [2019, 7550, 8],
    ].map(([year = 0, total = 0, deals = 0]) => ({
      year,
      total_usd_m: total,
      investment_usd_m: 0,
      construction_usd_m: 0,
      unspecified_usd_m: total,
      deals,
      bri_usd_m: null,
      energy_usd_m: total,
      transport_usd_m: 0,
      other_usd_m: 0,
    })),
    sources: [SOURCE],
    href: '/v1/hard-connectivity?partner=RUS',
  },
} as PartnerProfile;
