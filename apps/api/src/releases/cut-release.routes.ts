import { cutRelease } from '@sco/db';
import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { editStamp } from '../edits/edit-actor.js';
import type { Role } from '../http/principal.js';
import { HttpProblem } from '../http/problem.js';
import { route } from '../http/route.js';
import { problemResponses, releaseRefSchema } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import { z } from '../openapi/zod.js';
import { RELEASE_HEADER } from '../reading/read-context.js';
import { releaseLookup } from '../reading/release-lookup.js';
import { releaseLinks, releasePath } from './release-links.js';
import { releaseIdParams, releaseSchema } from './releases.schemas.js';

/** Only admins publish. */
const RELEASE_ROLES: readonly Role[] = ['admin'];

const MAX_NOTES_LENGTH = 5000;

export const newReleaseSchema = z
  .strictObject({
    id: releaseIdParams.shape.id.openapi({
      description: 'The version to publish the draft as: later than the latest release',
      example: '1.1.0',
    }),
    notes: z
      .string()
      .trim()
      .min(1, 'must not be empty: say what the release changes')
      .max(MAX_NOTES_LENGTH, `must be at most ${MAX_NOTES_LENGTH} characters`)
      .openapi({ description: 'What the release changes, for its readers', example: 'Adds the 2024 MoUs' }),
  })
  .openapi('NewRelease');

export const releaseCreatedSchema = z
  .strictObject({ release: releaseRefSchema, ...releaseSchema.shape })
  .openapi('ReleaseCreated');

/** POST /v1/releases: an admin publishes the draft, with every unreleased change, as a new release. */
export function cutReleaseRoutes(router: Router, registry: ApiRegistry, deps: AppDeps): void {
  route(router, registry, {
    method: 'post',
    path: '/v1/releases',
    operationId: 'cutRelease',
    summary: 'Publish the draft as a release (admins)',
    description:
      'Copies the draft into a new, immutable release and stamps every unreleased change with it; public reads ' +
      'serve it from then on, and earlier releases stay readable with `?release=`. Refused (409) when the id ' +
      'is not later than the latest release or the draft holds nothing new.',
    tags: ['releases'],
    roles: RELEASE_ROLES,
    body: { schema: newReleaseSchema, contentTypes: ['application/json'] },
    responses: {
      201: {
        description: 'Published',
        headers: { Location: { description: 'The release', schema: { type: 'string' } } },
        content: { 'application/json': { schema: releaseCreatedSchema } },
      },
      ...problemResponses(400, 401, 403, 409, 413, 415, 429, 507),
    },
    handler: async ({ res, body, principal }) => {
      const { actor, now } = editStamp(principal, deps.now());
      const result = await cutRelease(deps.db.db, { id: body.id, notes: body.notes, actor, now });
      if (!result.ok) {
        throw new HttpProblem({
          status: 409,
          code: result.refusal.reason === 'not-newer' ? 'release-not-newer' : 'nothing-to-release',
          title: 'Conflict',
          detail: result.message,
          extensions: { latest_release: result.refusal.latest },
        });
      }
      const { release } = result;
      releaseLookup(deps.db).forgetLatest();
      deps.warmer?.warm(release.id);
      res.setHeader('Location', releasePath(release.id));
      res.setHeader(RELEASE_HEADER, release.id);
      res.setHeader('Cache-Control', 'no-store');
      res.status(201).json({
        release: { id: release.id, published_at: release.published_at },
        ...release,
        changes: result.changes,
        links: releaseLinks(release.id),
      });
    },
  });
}
