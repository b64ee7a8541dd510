/** A query value: lists are sent comma-separated; undefined, null and '' are left out. */
export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/** A path segment, percent-encoded (an id never changes the path). */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/**
 * The URL of an API path under a base URL (which may itself have a path), with the query's parameters in
 * alphabetical order: the same request always has the same URL, so it is cached and shared once.
 */
export function buildUrl(
  baseUrl: string,
  path: string,
  query: Readonly<Record<string, QueryValue>> = {},
): string {
  const base = baseUrl.replace(/\/+$/, '');
  const params = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value === undefined || value === null || value === '') continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const search = params.toString();
  return `${base}${path}${search ? `?${search}` : ''}`;
}
