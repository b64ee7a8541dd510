import type {
  CacheGetOptions,
  Client,
  HardConnectivityPage,
  HardConnectivityQuery,
  PartnerProfile,
} from '@sco/client';

/** One year of Chinese investment and construction (USD millions, deals of USD 100 million or more). */
export interface InvestmentYear {
  readonly year: number;
  readonly usd: number;
  readonly deals: number;
}

/** The years with deals, oldest first, and the citations of the source (the tracker and its edition). */
export interface Investment {
  readonly years: readonly InvestmentYear[];
  readonly citations: readonly string[];
  /** Why there are no bars although some were asked for (an organisation has no investment data). */
  readonly note?: 'organisation';
}

type Source = HardConnectivityPage['sources'][number];

const citations = (sources: readonly Source[]) => [...new Set(sources.map((source) => source.citation))];

/** A partner profile's series (`hard_connectivity` of `GET /v1/partners/{code}`): nothing more to fetch. */
export function fromPartner(hard: PartnerProfile['hard_connectivity'] | undefined): Investment {
  if (!hard || !Array.isArray(hard.series)) throw new TypeError('no hard_connectivity in the profile');
  return {
    years: hard.series.map((row) => ({ year: row.year, usd: row.total_usd_m, deals: row.deals })),
    citations: citations(hard.sources),
  };
}

/** The rows of `GET /v1/hard-connectivity` summed per year, across partners. */
export function fromPages(pages: readonly HardConnectivityPage[]): Investment {
  const byYear = new Map<number, { usd: number; deals: number }>();
  for (const row of pages.flatMap((page) => page.items)) {
    const year = byYear.get(row.year) ?? { usd: 0, deals: 0 };
    byYear.set(row.year, { usd: year.usd + row.total_usd_m, deals: year.deals + row.deals });
  }
  return {
    years: [...byYear].map(([year, sums]) => ({ year, ...sums })).sort((a, b) => a.year - b.year),
    citations: citations(pages.flatMap((page) => page.sources)),
  };
}

/** Pages of 200 rows: every partner-year of the tracker is six; a bound so that a cursor cannot loop. */
const LIMIT = 200;
const MAX_PAGES = 50;

/**
 * Every page of `GET /v1/hard-connectivity` for a query, through the page's request cache. The same pages
 * (a refresh answered 304) give the very same array, so that the widget sees nothing new.
 */
export async function loadPages(
  client: Client,
  query: HardConnectivityQuery,
  options: CacheGetOptions,
): Promise<readonly HardConnectivityPage[]> {
  const pages = [await client.listHardConnectivity({ ...query, limit: String(LIMIT) }, options)];
  for (let page = pages[0]; page?.next && pages.length < MAX_PAGES;) {
    page = await client.listHardConnectivity({ ...query, limit: String(LIMIT), cursor: page.next }, options);
    pages.push(page);
  }
  const known = loaded.get(pages[0] as HardConnectivityPage);
  if (known && known.length === pages.length && known.every((page, i) => page === pages[i])) return known;
  loaded.set(pages[0] as HardConnectivityPage, pages);
  return pages;
}

const loaded = new WeakMap<HardConnectivityPage, readonly HardConnectivityPage[]>();
