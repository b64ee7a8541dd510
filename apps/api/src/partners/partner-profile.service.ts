import { partnerProfile as presentProfile, type PartnerProfileRequest } from '@sco/core';
import { readLinkOf } from '../indicators/read-link.js';
import type { z } from '../openapi/zod.js';
import type { LoadedDataset } from '../reading/dataset-cache.js';
import type { ReadContext } from '../reading/read-context.js';
import { partnerNotFound } from './partner-not-found.js';
import type { partnerProfileSchema } from './partners.schemas.js';

type ProfileBody = Omit<z.output<typeof partnerProfileSchema>, 'release'>;

/** The profile of a partner of a release (core's presenter), or a 404 problem saying what the code is. */
export function partnerProfile(
  data: LoadedDataset,
  request: PartnerProfileRequest,
  context: ReadContext,
): ProfileBody {
  const profile = presentProfile(data, request, readLinkOf(context));
  if (!profile) throw partnerNotFound(request.code, data.dataset.tables.organisations, context);
  return profile;
}
