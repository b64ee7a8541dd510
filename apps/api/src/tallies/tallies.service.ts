import { listTallies as presentTallies, type ReleaseData, type TallyQuery } from '@sco/core';
import type { z } from '../openapi/zod.js';
import type { officialTallySchema } from './tallies.schemas.js';

type TallyBody = z.output<typeof officialTallySchema>;

/**
 * The official tallies of a release, oldest first, each cumulative one with the coverage beside it: core's
 * presenter, typed by the response schema.
 */
export function listTallies(data: ReleaseData, query: TallyQuery): TallyBody[] {
  return presentTallies(data, query);
}
