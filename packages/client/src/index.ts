export { createClient, type AllAgreements, type Client, type ClientOptions } from './client.js';
export { ApiError, NetworkError, type InvalidParam, type Problem } from './api-error.js';
export {
  RequestCache,
  sharedCache,
  type CacheGetOptions,
  type CachedResponse,
  type FetchLike,
} from './request-cache.js';
export { buildUrl, type QueryValue } from './build-url.js';
export type * from './api-types.js';
export type { components, operations, paths } from './generated/api.js';
