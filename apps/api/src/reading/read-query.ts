import { RELEASE_ID_PATTERN } from '@sco/core';
import { z } from '../openapi/zod.js';

/** Query parameters every read accepts: which release to read, or the editors' draft. */
export const readQueryShape = {
  release: z.string().regex(RELEASE_ID_PATTERN, 'expected a release id such as "1.0.0"').optional().openapi({
    description: 'Read this release instead of the latest (a citation permalink pins it)',
    example: '1.0.0',
  }),
  state: z
    .enum(['published', 'draft'], { error: 'expected "published" or "draft"' })
    .optional()
    .openapi({ description: '"draft" shows unreleased edits; editors and admins only' }),
};

export interface ReadQuery {
  readonly release?: string | undefined;
  readonly state?: 'published' | 'draft' | undefined;
}
