import type { ReadLink } from '@sco/core';
import type { ReadContext } from '../reading/read-context.js';

/**
 * A link to another read of the same view: it pins the release when the request did, keeps the draft for
 * editors, and carries the given parameters (a `lang` of "en" is the default and is left out).
 */
export function readLink(
  path: string,
  context: ReadContext,
  params: Readonly<Record<string, string | undefined>> = {},
): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && !(name === 'lang' && value === 'en')) search.set(name, value);
  }
  if (context.kind === 'release' && context.pinned) search.set('release', context.release.id);
  if (context.kind === 'draft') search.set('state', 'draft');
  const query = search.toString();
  return query === '' ? path : `${path}?${query}`;
}

/** The links of core's presenters for a read: readLink bound to its context. */
export function readLinkOf(context: ReadContext): ReadLink {
  return (path, params) => readLink(path, context, params);
}
