import type {
  AgreementPage,
  AgreementQuery,
  AgreementResponse,
  AgreementsQuery,
  Citation,
  CitationFormat,
  CiteQuery,
  HardConnectivityPage,
  HardConnectivityQuery,
  IndicatorCatalogue,
  IndicatorQuery,
  IndicatorsQuery,
  IndicatorValues,
  PartnerList,
  PartnerProfile,
  PartnerQuery,
  PartnersQuery,
  Patchwork,
  PatchworkQuery,
  ReleaseDetail,
  ReleaseList,
  SoftHard,
  SoftHardQuery,
  TalliesQuery,
  TallyList,
} from './api-types.js';
import { buildUrl, segment, type QueryValue } from './build-url.js';
import { sharedCache, type CacheGetOptions, type FetchLike, type RequestCache } from './request-cache.js';

export interface ClientOptions {
  /** Where the API is: an origin, or an origin and a path prefix (`https://example.org/observatory`). */
  readonly baseUrl: string;
  /** Default: the global `fetch`, looked up at each request. */
  readonly fetch?: FetchLike;
  /** Default: the one cache of the page (or process), shared by every client. */
  readonly cache?: RequestCache;
}

/** Every agreement matching a query: the pages a cursor walks through, put together. */
export interface AllAgreements {
  readonly release: AgreementPage['release'];
  readonly total: number;
  readonly items: AgreementPage['items'];
}

export interface Client {
  readonly baseUrl: string;
  /** The URL of an API path with a query (parameters sorted; empty ones left out). */
  url(path: string, query?: Readonly<Record<string, QueryValue>>): string;
  /** Any JSON resource through the shared cache (the map geometry, say). */
  getJson<T>(url: string, options?: CacheGetOptions): Promise<T>;
  listAgreements(
    query?: AgreementsQuery & { cursor?: string },
    options?: CacheGetOptions,
  ): Promise<AgreementPage>;
  /** Follows the `next` cursor until every matching agreement is read (pages of `limit`, default 200). */
  listAllAgreements(query?: AgreementsQuery, options?: CacheGetOptions): Promise<AllAgreements>;
  getAgreement(id: string, query?: AgreementQuery, options?: CacheGetOptions): Promise<AgreementResponse>;
  listPartners(query?: PartnersQuery, options?: CacheGetOptions): Promise<PartnerList>;
  getPartner(code: string, query?: PartnerQuery, options?: CacheGetOptions): Promise<PartnerProfile>;
  listIndicators(query?: IndicatorsQuery, options?: CacheGetOptions): Promise<IndicatorCatalogue>;
  getIndicator(id: string, query?: IndicatorQuery, options?: CacheGetOptions): Promise<IndicatorValues>;
  listTallies(query?: TalliesQuery, options?: CacheGetOptions): Promise<TallyList>;
  listReleases(options?: CacheGetOptions): Promise<ReleaseList>;
  getRelease(id: string, options?: CacheGetOptions): Promise<ReleaseDetail>;
  cite(query?: CiteQuery, options?: CacheGetOptions): Promise<Citation>;
  /** The citation of a set of agreements as a link (plain text by default). */
  citeUrl(query?: CiteQuery, format?: CitationFormat): string;
  /** The zipped data package of a release. */
  dataPackageUrl(releaseId: string): string;
  /** Chinese investment and construction per partner and year (a page; follow `next`). */
  listHardConnectivity(
    query?: HardConnectivityQuery & { cursor?: string },
    options?: CacheGetOptions,
  ): Promise<HardConnectivityPage>;
  /** Agreements vs Chinese investment: ρ with intervals, the sequence, the quadrants, the caveats. */
  getSoftHard(query?: SoftHardQuery, options?: CacheGetOptions): Promise<SoftHard>;
  /** Who signs with whom: the patchwork indicators and the network with its layout. */
  getPatchwork(query?: PatchworkQuery, options?: CacheGetOptions): Promise<Patchwork>;
}

const PAGE_SIZE = 200;
/** A bound on the pages walked, far above the dataset's size, so that a cursor loop cannot run forever. */
const MAX_PAGES = 100;

type Query = Readonly<Record<string, QueryValue>>;

/** A client of the API; clients given the same cache (by default, all of them) share their requests. */
export function createClient(options: ClientOptions): Client {
  const { baseUrl } = options;
  const cache = options.cache ?? sharedCache;
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const url = (path: string, query: Query = {}) => buildUrl(baseUrl, path, query);
  const getJson = async <T>(target: string, cacheOptions?: CacheGetOptions): Promise<T> =>
    (await cache.get<T>(target, fetchImpl, cacheOptions)).body;
  const get = <T>(path: string, query: Query | undefined, cacheOptions?: CacheGetOptions) =>
    getJson<T>(url(path, query), cacheOptions);

  const listAgreements: Client['listAgreements'] = (query, cacheOptions) =>
    get<AgreementPage>('/v1/agreements', query, cacheOptions);

  return {
    baseUrl,
    url,
    getJson,
    listAgreements,
    async listAllAgreements(query = {}, cacheOptions) {
      const limit = query.limit ?? PAGE_SIZE;
      let page = await listAgreements({ ...query, limit }, cacheOptions);
      const first = page;
      const items = [...page.items];
      for (let pages = 1; page.next && pages < MAX_PAGES; pages++) {
        page = await listAgreements({ ...query, limit, cursor: page.next }, cacheOptions);
        items.push(...page.items);
      }
      return { release: first.release, total: first.total, items };
    },
    getAgreement: (id, query, cacheOptions) =>
      get<AgreementResponse>(`/v1/agreements/${segment(id)}`, query, cacheOptions),
    listPartners: (query, cacheOptions) => get<PartnerList>('/v1/partners', query, cacheOptions),
    getPartner: (code, query, cacheOptions) =>
      get<PartnerProfile>(`/v1/partners/${segment(code)}`, query, cacheOptions),
    listIndicators: (query, cacheOptions) => get<IndicatorCatalogue>('/v1/indicators', query, cacheOptions),
    getIndicator: (id, query, cacheOptions) =>
      get<IndicatorValues>(`/v1/indicators/${segment(id)}`, query, cacheOptions),
    listTallies: (query, cacheOptions) => get<TallyList>('/v1/tallies', query, cacheOptions),
    listReleases: (cacheOptions) => get<ReleaseList>('/v1/releases', {}, cacheOptions),
    getRelease: (id, cacheOptions) => get<ReleaseDetail>(`/v1/releases/${segment(id)}`, {}, cacheOptions),
    cite: (query = {}, cacheOptions) => get<Citation>('/v1/cite', { ...query, format: 'json' }, cacheOptions),
    citeUrl: (query = {}, format) => url('/v1/cite', { ...query, format }),
    dataPackageUrl: (releaseId) => url(`/v1/releases/${segment(releaseId)}/datapackage.zip`),
    listHardConnectivity: (query, cacheOptions) =>
      get<HardConnectivityPage>('/v1/hard-connectivity', query, cacheOptions),
    getSoftHard: (query, cacheOptions) => get<SoftHard>('/v1/indicators/soft-hard', query, cacheOptions),
    getPatchwork: (query, cacheOptions) => get<Patchwork>('/v1/indicators/patchwork', query, cacheOptions),
  };
}
