import type { Release } from '@sco/core';
import { DRAFT, latestChangeId, latestRelease, type Db } from '@sco/db';
import type { Response } from 'express';
import { HttpProblem, noReleaseYet, notFound } from '../http/problem.js';
import type { Principal, Role } from '../http/principal.js';
import type { ReadQuery } from './read-query.js';
import { releaseLookup } from './release-lookup.js';

/** What a read is built from: a release (immutable) or the draft at one revision. */
export type ReadContext =
  | {
      readonly kind: 'release';
      readonly partition: string;
      readonly release: Release;
      readonly pinned: boolean;
    }
  | {
      readonly kind: 'draft';
      readonly partition: typeof DRAFT;
      readonly revision: number;
      readonly base: Release | null;
    };

/** The release a response names, in its body. */
export interface ReleaseRef {
  readonly id: string;
  readonly published_at: string | null;
  /** For the draft: the change the view includes up to. */
  readonly revision?: number;
}

export const RELEASE_HEADER = 'Sco-Release';

/** Roles that may read the draft (a communications key renders briefs of releases only). */
const DRAFT_ROLES: readonly Role[] = ['editor', 'admin'];

/** Resolves `?release=` / `?state=draft` (editors only) to what the response is built from. */
export async function resolveRead(
  db: Db,
  query: ReadQuery,
  principal: Principal | null,
): Promise<ReadContext> {
  if (query.state === 'draft') {
    if (query.release !== undefined) {
      throw new HttpProblem({
        status: 400,
        code: 'invalid-parameters',
        title: 'Invalid request parameters',
        detail: 'Give either release or state=draft, not both',
        errors: [{ name: 'state', in: 'query', reason: 'cannot be combined with release' }],
      });
    }
    if (!principal) {
      throw new HttpProblem({
        status: 401,
        code: 'unauthenticated',
        title: 'Authentication required',
        detail:
          'The draft is visible to editors and admins only: send an API key as "Authorization: Bearer <key>"',
        headers: { 'WWW-Authenticate': 'Bearer realm="sco"' },
      });
    }
    if (!DRAFT_ROLES.includes(principal.role)) {
      throw new HttpProblem({
        status: 403,
        code: 'forbidden',
        title: 'Forbidden',
        detail: `The draft needs a key with the role ${DRAFT_ROLES.join(' or ')}; this key has the role ${principal.role}`,
      });
    }
    const [revision, base] = await Promise.all([latestChangeId(db.db), latestRelease(db.db)]);
    return { kind: 'draft', partition: DRAFT, revision, base: base ?? null };
  }
  if (query.release !== undefined) {
    const release = await releaseLookup(db).byId(query.release);
    if (!release) throw notFound(`There is no release ${query.release}; see /v1/releases`);
    return { kind: 'release', partition: release.id, release, pinned: true };
  }
  const latest = await releaseLookup(db).latest();
  if (!latest) {
    throw noReleaseYet();
  }
  return { kind: 'release', partition: latest.id, release: latest, pinned: false };
}

export function releaseRef(context: ReadContext): ReleaseRef {
  return context.kind === 'release'
    ? { id: context.release.id, published_at: context.release.published_at }
    : { id: DRAFT, published_at: null, revision: context.revision };
}

/** A string naming exactly the data a read sees: the key of caches and ETags. */
export function stateKey(context: ReadContext): string {
  return context.kind === 'release' ? `release:${context.release.id}` : `draft:${context.revision}`;
}

/**
 * Names the release on the response and sets its caching: a pinned release never changes (cache for a
 * year), the latest release may be replaced (revalidate after a minute), a draft is private.
 */
export function applyReadHeaders(res: Response, context: ReadContext): void {
  res.setHeader(
    RELEASE_HEADER,
    context.kind === 'release' ? context.release.id : `${DRAFT};revision=${context.revision}`,
  );
  res.setHeader(
    'Cache-Control',
    context.kind === 'draft'
      ? 'private, no-cache'
      : context.pinned
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=60, stale-while-revalidate=300',
  );
  if (context.kind === 'draft') res.append('Vary', 'Authorization');
}
