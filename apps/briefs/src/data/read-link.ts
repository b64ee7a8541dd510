import type { ReadLink } from '@sco/core';

/**
 * A link to an API read of the same release, as the API writes it in its bodies: pinned to the release,
 * with the given parameters (a `lang` of "en" is the default and is left out).
 */
export function readLink(
  path: string,
  release: string,
  params: Readonly<Record<string, string | undefined>> = {},
): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && !(name === 'lang' && value === 'en')) search.set(name, value);
  }
  search.set('release', release);
  return `${path}?${search.toString()}`;
}

/** The links of core's presenters in a brief: readLink pinned to the brief's release. */
export function readLinkOf(release: string): ReadLink {
  return (path, params) => readLink(path, release, params);
}
