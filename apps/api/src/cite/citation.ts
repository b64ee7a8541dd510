import type { Release } from '@sco/core';
import { absoluteUrl } from '../feed/request-origin.js';

export const DATASET_TITLE =
  'Soft Connectivity Observatory: China’s technical-standards cooperation agreements';
export const DATASET_AUTHORS = ['The Soft Connectivity Observatory contributors'] as const;
export const DATASET_PUBLISHER = 'Soft Connectivity Observatory';
export const DATASET_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The parts of a citation of the dataset at one release, for one query of its agreements. */
export interface Citation {
  readonly title: string;
  readonly authors: readonly string[];
  readonly publisher: string;
  readonly version: string;
  /** YYYY-MM-DD (UTC). */
  readonly date: string;
  readonly published_at: string;
  readonly licence: typeof DATASET_LICENCE;
  /** GET /v1/agreements with the cited filters and `release` pinned. */
  readonly permalink: string;
  /** The cited filters as they appear in the permalink, release aside. */
  readonly query: Readonly<Record<string, string>>;
  /** Agreements the query matches in the release. */
  readonly agreements: number;
}

/** A parsed filter value as it is written in a query string. */
function queryValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The filters that were given, in the order of `order`, as query-string values. */
export function citedQuery(
  filters: Readonly<Record<string, unknown>>,
  order: readonly string[],
): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of order) {
    const value = queryValue(filters[key]);
    if (value !== undefined) query[key] = value;
  }
  return query;
}

export function citation(input: {
  readonly origin: string;
  readonly release: Release;
  readonly query: Readonly<Record<string, string>>;
  readonly agreements: number;
}): Citation {
  const params = new URLSearchParams({ ...input.query, release: input.release.id });
  return {
    title: DATASET_TITLE,
    authors: [...DATASET_AUTHORS],
    publisher: DATASET_PUBLISHER,
    version: input.release.id,
    date: input.release.published_at.slice(0, 10),
    published_at: input.release.published_at,
    licence: DATASET_LICENCE,
    permalink: absoluteUrl(input.origin, `/v1/agreements?${params.toString()}`),
    query: input.query,
    agreements: input.agreements,
  };
}

/** Control characters (a newline in `q`…) would break the line-based formats: each becomes a space. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F\u007F\u2028\u2029]/g, ' ');
}

/** "partner=DEU, q=标准" — the query as people read it, or a phrase for no filter at all. */
export function describeQuery(citation: Citation): string {
  const parts = Object.entries(citation.query).map(([key, value]) => `${key}=${oneLine(value)}`);
  return parts.length === 0 ? 'all agreements (default scope)' : parts.join(', ');
}

export function agreementCount(citation: Citation): string {
  return `${citation.agreements} agreement${citation.agreements === 1 ? '' : 's'}`;
}
