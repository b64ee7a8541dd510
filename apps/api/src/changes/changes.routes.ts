import { DRAFT, getRelease, latestChangeId, latestRelease } from '@sco/db';
import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { notModified, representationTag } from '../http/conditional-get.js';
import { negotiate } from '../http/negotiation.js';
import type { Principal, Role } from '../http/principal.js';
import { HttpProblem, noReleaseYet, notFound } from '../http/problem.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import { RELEASE_HEADER, type ReleaseRef } from '../reading/read-context.js';
import { changePageSchema, listChangesQuery, UNRELEASED } from './changes.schemas.js';
import { readChanges, type ChangeFilter } from './changes.service.js';

/** Roles that see changes no release holds yet. */
const DRAFT_ROLES: readonly Role[] = ['editor', 'admin'];

function seesDrafts(principal: Principal | null): boolean {
  return principal !== null && DRAFT_ROLES.includes(principal.role);
}

function requireDraftAccess(principal: Principal | null): void {
  if (!principal) {
    throw new HttpProblem({
      status: 401,
      code: 'unauthenticated',
      title: 'Authentication required',
      detail:
        'Unreleased changes are visible to editors and admins only: send an API key as "Authorization: Bearer <key>"',
      headers: { 'WWW-Authenticate': 'Bearer realm="sco"' },
    });
  }
  if (!seesDrafts(principal)) {
    throw new HttpProblem({
      status: 403,
      code: 'forbidden',
      title: 'Forbidden',
      detail: `Unreleased changes need a key with the role ${DRAFT_ROLES.join(' or ')}; this key has the role ${principal.role}`,
    });
  }
}

/** /v1/changes: the record-level changelog, filtered and paged. */
export function changesRoutes(router: Router, registry: ApiRegistry, deps: AppDeps): void {
  route(router, registry, {
    method: 'get',
    path: '/v1/changes',
    operationId: 'listChanges',
    summary: 'List changes',
    description:
      'One entry per created or deleted record and per changed field, oldest first; pages follow the `next` cursor. The public sees released changes only; editors and admins also see the changes no release holds yet (`release=unreleased` for those alone).',
    tags: ['releases'],
    query: listChangesQuery,
    responses: {
      200: {
        description: 'A page of changes',
        content: { 'application/json': { schema: changePageSchema } },
      },
      ...problemResponses(400, 401, 403, 404, 406, 503),
    },
    handler: async ({ req, res, query, principal }) => {
      negotiate(req, ['application/json']);
      const drafts = seesDrafts(principal);
      if (query.release === UNRELEASED) requireDraftAccess(principal);
      const [latestChange, latest] = await Promise.all([
        latestChangeId(deps.db.db),
        latestRelease(deps.db.db),
      ]);

      let ref: ReleaseRef;
      let releaseId: string | null | undefined;
      if (query.release === UNRELEASED || (query.release === undefined && drafts)) {
        ref = { id: DRAFT, published_at: null, revision: latestChange };
        releaseId = query.release === UNRELEASED ? null : undefined;
      } else if (query.release !== undefined) {
        const release = await getRelease(deps.db.db, query.release);
        if (!release) throw notFound(`There is no release ${query.release}; see /v1/releases`);
        ref = { id: release.id, published_at: release.published_at };
        releaseId = release.id;
      } else {
        if (!latest) {
          throw noReleaseYet();
        }
        ref = { id: latest.id, published_at: latest.published_at };
      }

      res.setHeader(RELEASE_HEADER, ref.id === DRAFT ? `${DRAFT};revision=${latestChange}` : ref.id);
      res.setHeader('Cache-Control', drafts ? 'private, no-cache' : 'public, max-age=30');
      res.append('Vary', 'Authorization');
      const state = `changes:${latestChange}:${latest?.id ?? 'none'}`;
      if (notModified(req, res, representationTag(state, req, drafts ? 'drafts' : 'public'))) return;

      const filter: ChangeFilter = {
        ...(query.since === undefined ? {} : { since: query.since }),
        ...(query.record_type === undefined ? {} : { record_type: query.record_type }),
        ...(query.record === undefined ? {} : { record_id: query.record }),
        ...(query.field === undefined ? {} : { field: query.field }),
        ...(releaseId === undefined ? {} : { release_id: releaseId }),
      };
      const page = await readChanges(deps.db.db, filter, {
        limit: query.limit,
        after: query.cursor,
        releasedOnly: !drafts && releaseId === undefined,
      });
      res.json({ release: ref, next: page.next === null ? null : String(page.next), items: page.items });
    },
  });
}
