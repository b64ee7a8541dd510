import { listReleases } from '@sco/db';
import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { notModified } from '../http/conditional-get.js';
import { negotiate } from '../http/negotiation.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import { z } from '../openapi/zod.js';
import { applyReadHeaders, resolveRead } from '../reading/read-context.js';
import { sendRead } from '../reading/send-read.js';
import { releaseLedger } from './release-ledger.js';
import { dataPackageFileName } from './release-links.js';
import { releaseDetailSchema, releaseIdParams, releaseListSchema } from './releases.schemas.js';
import { releaseDetail, releaseItem } from './releases.service.js';

const ZIP = 'application/zip';

/** /v1/releases: the release history, one release with its summary, and its data package as a zip. */
export function releasesRoutes(router: Router, registry: ApiRegistry, deps: AppDeps): void {
  const ledger = releaseLedger(deps.db);

  route(router, registry, {
    method: 'get',
    path: '/v1/releases',
    operationId: 'listReleases',
    summary: 'List releases',
    description: 'Every release, newest first. `release` names the latest.',
    tags: ['releases'],
    responses: {
      200: { description: 'The releases', content: { 'application/json': { schema: releaseListSchema } } },
      ...problemResponses(400, 406, 503),
    },
    handler: async ({ req, res, principal }) => {
      negotiate(req, ['application/json']);
      await sendRead(deps, { req, res, query: {}, principal }, async () => {
        const releases = await listReleases(deps.db.db);
        return { items: await Promise.all(releases.map((release) => releaseItem(ledger, release))) };
      });
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/v1/releases/{id}',
    operationId: 'getRelease',
    summary: 'One release',
    description:
      'A release with what it holds (totals) and what it changed (records created, updated and deleted, by type). A release never changes: the response is cacheable for good.',
    tags: ['releases'],
    params: releaseIdParams,
    responses: {
      200: { description: 'The release', content: { 'application/json': { schema: releaseDetailSchema } } },
      ...problemResponses(400, 404, 406),
    },
    handler: async ({ req, res, params, principal }) => {
      negotiate(req, ['application/json']);
      await sendRead(deps, { req, res, query: { release: params.id }, principal }, async (context) => {
        if (context.kind !== 'release') throw new Error('a pinned read resolved to the draft');
        return { ...(await releaseDetail(ledger, context.release)) };
      });
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/v1/releases/{id}/datapackage.zip',
    operationId: 'downloadReleaseDataPackage',
    summary: "Download a release's data package",
    description:
      'The data package of the release (datapackage.json and the CSV files, exactly as `sco db export` writes them) as a zip, with a `SHA256SUMS` file to check them (`sha256sum -c SHA256SUMS`). The zip’s own SHA-256 is in `Repr-Digest` (RFC 9530).',
    tags: ['releases'],
    params: releaseIdParams,
    responses: {
      200: {
        description: 'The zip',
        headers: {
          'Repr-Digest': {
            description: 'SHA-256 of the zip, as `sha-256=:<base64>:` (RFC 9530)',
            schema: { type: 'string' },
          },
          'Content-Disposition': {
            description: 'attachment; filename="sco-data-<id>.zip"',
            schema: { type: 'string' },
          },
        },
        content: { [ZIP]: { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...problemResponses(400, 404, 406, 429),
    },
    handler: async ({ req, res, params, principal }) => {
      negotiate(req, [ZIP]);
      const context = await resolveRead(deps.db, { release: params.id }, principal);
      if (context.kind !== 'release') throw new Error('a pinned read resolved to the draft');
      applyReadHeaders(res, context);
      const zip = await ledger.zipOf(context.release);
      const digest = zip.sha256.toString('base64');
      if (notModified(req, res, `"sha256-${zip.sha256.toString('base64url')}"`)) return;
      res.setHeader('Repr-Digest', `sha-256=:${digest}:`);
      // The RFC 3230 header that RFC 9530 replaces, for older clients.
      res.setHeader('Digest', `sha-256=${digest}`);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${dataPackageFileName(context.release.id)}"`,
      );
      res.type(ZIP).send(Buffer.from(zip.bytes.buffer, zip.bytes.byteOffset, zip.bytes.byteLength));
    },
  });
}
