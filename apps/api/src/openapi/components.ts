import type { ResponseConfig } from '@asteasolutions/zod-to-openapi';
import { z } from './zod.js';

/** RFC 9457 problem details, as every error of the API is answered. */
export const problemSchema = z
  .object({
    type: z.string().openapi({ example: '/docs/problems/invalid-parameters' }),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    request_id: z.string().optional(),
    errors: z
      .array(
        z.strictObject({
          name: z.string(),
          in: z.enum(['query', 'path', 'body', 'header']),
          reason: z.string(),
        }),
      )
      .optional(),
  })
  .catchall(z.unknown())
  .openapi('Problem');

const DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Invalid parameters: every invalid parameter is named with the reason',
  401: 'No valid API key',
  403: 'The key lacks the role this needs',
  404: 'Not found',
  406: 'None of the representations the Accept header allows',
  409: 'Conflict with the current state',
  412: 'The record changed since the ETag given in If-Match',
  413: 'Body too large',
  415: 'Unsupported Content-Type',
  422: 'The data is invalid',
  428: 'If-Match is required',
  429: 'Too many requests; see Retry-After',
  503: 'No release has been published yet',
  507: "The server's disk is full: nothing was written",
};

/** Problem responses for the given statuses, for a route's OpenAPI `responses`. */
export function problemResponses(...statuses: number[]): Record<number, ResponseConfig> {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: DESCRIPTIONS[status] ?? 'Problem',
        content: { 'application/problem+json': { schema: problemSchema } },
      },
    ]),
  );
}

/** The body field every data response carries: the release it was built from. */
export const releaseRefSchema = z
  .strictObject({
    id: z.string().openapi({ description: 'Release id, or "draft"', example: '1.0.0' }),
    published_at: z.string().nullable(),
    revision: z.int().optional().openapi({ description: 'Draft only: the latest change the view includes' }),
  })
  .openapi('ReleaseRef');
