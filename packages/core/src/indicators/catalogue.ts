import { agreementsCumulativeIndicator } from './definitions/agreements-cumulative.js';
import { agreementsIndicator } from './definitions/agreements.js';
import { briShareIndicator } from './definitions/bri-share.js';
import { convergenceBalanceIndicator } from './definitions/convergence-balance.js';
import { coverageIndicator } from './definitions/coverage.js';
import { depthScoreIndicator } from './definitions/depth-score.js';
import { hhiPartnersIndicator } from './definitions/hhi-partners.js';
import { hhiRegionsIndicator } from './definitions/hhi-regions.js';
import { hhiSectorsIndicator } from './definitions/hhi-sectors.js';
import { internationalAnchoringShareIndicator } from './definitions/international-anchoring-share.js';
import { mutualRecognitionShareIndicator } from './definitions/mutual-recognition-share.js';
import { partnersCumulativeIndicator } from './definitions/partners-cumulative.js';
import { partnersIndicator } from './definitions/partners.js';
import { provisionPrevalenceIndicator } from './definitions/provision-prevalence.js';
import { renewalShareIndicator } from './definitions/renewal-share.js';
import { renewalsIndicator } from './definitions/renewals.js';
import type { IndicatorDefinition } from './indicator-definition.js';
import { UnknownIndicatorError } from './indicator-errors.js';

/** Every indicator, in the order summaries show them. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  agreementsIndicator,
  agreementsCumulativeIndicator,
  partnersIndicator,
  partnersCumulativeIndicator,
  briShareIndicator,
  mutualRecognitionShareIndicator,
  internationalAnchoringShareIndicator,
  convergenceBalanceIndicator,
  depthScoreIndicator,
  provisionPrevalenceIndicator,
  hhiRegionsIndicator,
  hhiPartnersIndicator,
  hhiSectorsIndicator,
  coverageIndicator,
  renewalsIndicator,
  renewalShareIndicator,
];

const byId: ReadonlyMap<string, IndicatorDefinition> = new Map(
  INDICATORS.map((indicator) => [indicator.id, indicator]),
);

/** The indicator with this id, or undefined. */
export function findIndicator(id: string): IndicatorDefinition | undefined {
  return byId.get(id);
}

/** The indicator with this id; throws UnknownIndicatorError when there is none. */
export function getIndicator(id: string): IndicatorDefinition {
  const indicator = byId.get(id);
  if (!indicator) throw new UnknownIndicatorError(id);
  return indicator;
}
