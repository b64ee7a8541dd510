import { DRAFT } from '@sco/db';
import type { Response, Router } from 'express';
import { recordEtag } from '../agreements/record-etag.js';
import type { AppDeps } from '../deps.js';
import type { Role } from '../http/principal.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import { RELEASE_HEADER, type ReleaseRef } from '../reading/read-context.js';
import {
  agreementCreatedSchema,
  agreementIdPath,
  agreementInputSchema,
  agreementPatchSchema,
  agreementUpdatedSchema,
} from './agreement-edits.schemas.js';
import {
  createAgreement,
  removeAgreement,
  updateAgreement,
  type EditedAgreement,
} from './agreement-edits.service.js';
import { editStamp } from './edit-actor.js';
import { editBody } from './invalid-agreement.js';
import { requireIfMatch } from './if-match.js';

/** Roles that edit the draft. */
export const EDIT_ROLES: readonly Role[] = ['editor', 'admin'];

const MERGE_PATCH = 'application/merge-patch+json';

const editHeaders = {
  ETag: { description: 'The new version of the record, for the next If-Match', schema: { type: 'string' } },
  'Sco-Release': { description: 'Edits change the draft: "draft;revision=<n>"', schema: { type: 'string' } },
} as const;

function agreementPath(id: string): string {
  return `/v1/agreements/${encodeURIComponent(id)}`;
}

function draftRef(revision: number): ReleaseRef {
  return { id: DRAFT, published_at: null, revision };
}

/** What every edit answers with: the draft it changed, never cached. */
function setEditHeaders(res: Response, revision: number): void {
  res.setHeader(RELEASE_HEADER, `${DRAFT};revision=${revision}`);
  res.setHeader('Cache-Control', 'no-store');
}

function sendEdited(res: Response, status: 200 | 201, edited: EditedAgreement, extra = {}): void {
  setEditHeaders(res, edited.revision);
  res.setHeader('ETag', recordEtag(edited.version));
  res.status(status).json({
    release: draftRef(edited.revision),
    version: edited.version,
    agreement: edited.agreement,
    ...extra,
  });
}

function decoded(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}

/**
 * Edits of the draft, for editors and admins: POST /v1/agreements, PATCH and DELETE /v1/agreements/{id}.
 * Every edit is checked by core's record schemas and integrity rules and written in one transaction with
 * its change entries; PATCH and DELETE need If-Match. Edits become public when an admin cuts a release.
 */
export function agreementEditsRoutes(router: Router, registry: ApiRegistry, deps: AppDeps): void {
  route(router, registry, {
    method: 'post',
    path: '/v1/agreements',
    operationId: 'createAgreement',
    summary: 'Create an agreement (draft)',
    description:
      'The agreement with its parties, sources, provisions and relations. It is checked by the record schemas ' +
      'and against the rest of the draft (known institutions, a Chinese and a partner party, sources that ' +
      'support the verification level, lineage dates…); every problem is listed with its field path (422). ' +
      'It stays in the draft until an admin cuts a release.',
    tags: ['edits'],
    roles: EDIT_ROLES,
    body: { schema: editBody(agreementInputSchema), contentTypes: ['application/json'] },
    responses: {
      201: {
        description: 'Created in the draft',
        headers: {
          ...editHeaders,
          Location: { description: 'The agreement', schema: { type: 'string' } },
        },
        content: { 'application/json': { schema: agreementCreatedSchema } },
      },
      ...problemResponses(400, 401, 403, 409, 413, 415, 422, 429),
    },
    handler: async ({ res, body, principal }) => {
      const created = await createAgreement(deps.db, body, editStamp(principal, deps.now()));
      res.setHeader('Location', agreementPath(created.agreement.id));
      sendEdited(res, 201, created);
    },
  });

  route(router, registry, {
    method: 'patch',
    path: '/v1/agreements/{id}',
    operationId: 'updateAgreement',
    summary: 'Change an agreement (draft)',
    description:
      'A JSON Merge Patch (RFC 7396): the fields given replace the stored ones, null clears an optional field, ' +
      'a list replaces the stored list whole. `If-Match` must carry the ETag of the version you read (428 ' +
      'without it, 412 when the agreement changed since). The result is checked like a new agreement (422).',
    tags: ['edits'],
    roles: EDIT_ROLES,
    params: agreementIdPath,
    body: { schema: editBody(agreementPatchSchema), contentTypes: [MERGE_PATCH, 'application/json'] },
    responses: {
      200: {
        description: 'Changed in the draft (or unchanged, when the patch changed nothing)',
        headers: editHeaders,
        content: { 'application/json': { schema: agreementUpdatedSchema } },
      },
      ...problemResponses(400, 401, 403, 404, 412, 413, 415, 422, 428, 429),
    },
    handler: async ({ req, res, params, body, principal }) => {
      const ifMatch = requireIfMatch(req, params.id);
      const updated = await updateAgreement(
        deps.db,
        params.id,
        body,
        ifMatch,
        editStamp(principal, deps.now()),
      );
      sendEdited(res, 200, updated, {
        changes: updated.changes.map((change) => ({
          field: change.field ?? '',
          old_value: decoded(change.old_value),
          new_value: decoded(change.new_value),
        })),
      });
    },
  });

  route(router, registry, {
    method: 'delete',
    path: '/v1/agreements/{id}',
    operationId: 'deleteAgreement',
    summary: 'Delete an agreement (draft)',
    description:
      '`If-Match` must carry the ETag of the version you read (428 without it, 412 when it changed since). ' +
      'Refused (409) while other agreements relate to it or the curation log records it, or while an ' +
      'agreement coded superseded rests on its lineage alone (`referrers` says which).',
    tags: ['edits'],
    roles: EDIT_ROLES,
    params: agreementIdPath,
    responses: {
      204: { description: 'Deleted from the draft', headers: { 'Sco-Release': editHeaders['Sco-Release'] } },
      ...problemResponses(400, 401, 403, 404, 409, 412, 428, 429),
    },
    handler: async ({ req, res, params, principal }) => {
      const ifMatch = requireIfMatch(req, params.id);
      const revision = await removeAgreement(deps.db, params.id, ifMatch, editStamp(principal, deps.now()));
      setEditHeaders(res, revision);
      res.status(204).end();
    },
  });
}
