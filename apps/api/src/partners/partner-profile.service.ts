import {
  assembleAgreements,
  jurisdictionResolver,
  partnerProfile as presentProfile,
  type PartnerProfileRequest,
} from '@sco/core';
import { loadPartnerDataset, type Db } from '@sco/db';
import { partnerHardSeries } from '../hard/partner-hard-series.js';
import { readLinkOf } from '../indicators/read-link.js';
import type { z } from '../openapi/zod.js';
import type { LoadedDataset } from '../reading/dataset-cache.js';
import type { ReadContext } from '../reading/read-context.js';
import { partnerNotFound } from './partner-not-found.js';
import type { partnerProfileSchema } from './partners.schemas.js';

type ProfileBody = Omit<z.output<typeof partnerProfileSchema>, 'release'>;

/**
 * What a partner's profile reads, without the release: the partner's agreements (with all their parties),
 * its hard connectivity and the organisations (`loadPartnerDataset`), assembled.
 */
export async function loadPartnerData(db: Db, context: ReadContext, code: string): Promise<LoadedDataset> {
  const dataset = await loadPartnerDataset(db.db, context.partition, code);
  return { dataset, agreements: assembleAgreements(dataset), tallies: [] };
}

/**
 * The profile of a partner of a release (core's presenter) with its hard connectivity, or a 404 problem
 * saying what the code is, from the release or from the partner's part of it (`loadPartnerData`). A country with Chinese investment but no agreement has a profile without
 * agreements.
 */
export function partnerProfile(
  data: LoadedDataset,
  request: PartnerProfileRequest,
  context: ReadContext,
): ProfileBody {
  const { organisations, hard_connectivity: hard } = data.dataset.tables;
  const invested = hard.some((row) => row.partner === request.code);
  const known = invested ? jurisdictionResolver(organisations)(request.code) : undefined;
  const link = readLinkOf(context);
  const profile = presentProfile(data, request, link, known);
  if (!profile) throw partnerNotFound(request.code, organisations, context);
  return { ...profile, hard_connectivity: partnerHardSeries(hard, request.code, link) };
}
