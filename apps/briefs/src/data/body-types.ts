import type {
  IndicatorValuesBody as IndicatorValues,
  Lang,
  OfficialTallyBody,
  PartnerProfileBody as PartnerProfile,
  PartnerSummaryBody,
} from '@sco/core';
import type { ReleaseRef } from './brief-data.js';

/*
 * The JSON bodies of the API's reads that the widgets take as their `data` (print mode): core's presenters
 * (the API's too) in the envelope the API answers with, naming the release.
 */

/** GET /v1/indicators/{id} */
export interface IndicatorValuesBody extends IndicatorValues {
  readonly release: ReleaseRef;
}

/** GET /v1/tallies */
export interface TallyListBody {
  readonly release: ReleaseRef;
  readonly lang: Lang;
  readonly total: number;
  readonly items: readonly OfficialTallyBody[];
}

/** GET /v1/partners */
export interface PartnerListBody {
  readonly release: ReleaseRef;
  readonly lang: Lang;
  readonly total: number;
  readonly items: readonly PartnerSummaryBody[];
}

/** GET /v1/partners/{code} */
export interface PartnerProfileBody extends PartnerProfile {
  readonly release: ReleaseRef;
}
