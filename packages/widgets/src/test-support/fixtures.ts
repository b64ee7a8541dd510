import agreementDetail from './fixtures/agreement-detail.json';
import agreements from './fixtures/agreements.json';
import agreementsFr from './fixtures/agreements-fr.json';
import agreementsZh from './fixtures/agreements-zh.json';
import indicatorConvergenceTotalZh from './fixtures/indicator-convergence-total-zh.json';
import indicatorConvergenceTypeEn from './fixtures/indicator-convergence-type-en.json';
import indicatorShareFr from './fixtures/indicator-share-fr.json';
import indicatorTotalEn from './fixtures/indicator-total-en.json';
import indicatorTypeEn from './fixtures/indicator-type-en.json';
import indicatorTypeFr from './fixtures/indicator-type-fr.json';
import indicatorTypeZh from './fixtures/indicator-type-zh.json';
import indicatorYearEn from './fixtures/indicator-year-en.json';
import indicatorYearZh from './fixtures/indicator-year-zh.json';
import partnerRusEn from './fixtures/partner-rus-en.json';
import partnerRusZh from './fixtures/partner-rus-zh.json';
import partners from './fixtures/partners.json';
import problem404 from './fixtures/problem-404.json';
import talliesEn from './fixtures/tallies-en.json';
import talliesZh from './fixtures/tallies-zh.json';
import softHardEn from './fixtures/soft-hard-en.json';
import softHardFr from './fixtures/soft-hard-fr.json';
import patchwork20132019En from './fixtures/patchwork-2013-2019-en.json';
import patchwork20132019Fr from './fixtures/patchwork-2013-2019-fr.json';

import type {
  AgreementPage,
  AgreementResponse,
  IndicatorValues,
  PartnerList,
  PartnerProfile,
  Patchwork,
  Problem,
  SoftHard,
  TallyList,
} from '@sco/client';

/** Real API responses (JSON imports are typed loosely, strings for unions: hence the casts) (release 1.0.0), refreshed by scripts/fetch-fixtures.mjs. */
export const fixtures = {
  agreementDetail: agreementDetail as unknown as AgreementResponse,
  agreements: agreements as unknown as AgreementPage,
  agreementsFr: agreementsFr as unknown as AgreementPage,
  agreementsZh: agreementsZh as unknown as AgreementPage,
  indicatorConvergenceTotalZh: indicatorConvergenceTotalZh as unknown as IndicatorValues,
  indicatorConvergenceTypeEn: indicatorConvergenceTypeEn as unknown as IndicatorValues,
  indicatorShareFr: indicatorShareFr as unknown as IndicatorValues,
  indicatorTotalEn: indicatorTotalEn as unknown as IndicatorValues,
  indicatorTypeEn: indicatorTypeEn as unknown as IndicatorValues,
  indicatorTypeFr: indicatorTypeFr as unknown as IndicatorValues,
  indicatorTypeZh: indicatorTypeZh as unknown as IndicatorValues,
  indicatorYearEn: indicatorYearEn as unknown as IndicatorValues,
  indicatorYearZh: indicatorYearZh as unknown as IndicatorValues,
  partnerRusEn: partnerRusEn as unknown as PartnerProfile,
  partnerRusZh: partnerRusZh as unknown as PartnerProfile,
  partners: partners as unknown as PartnerList,
  problem404: problem404 as unknown as Problem,
  talliesEn: talliesEn as unknown as TallyList,
  talliesZh: talliesZh as unknown as TallyList,
  softHardEn: softHardEn as unknown as SoftHard,
  softHardFr: softHardFr as unknown as SoftHard,
  patchwork20132019En: patchwork20132019En as unknown as Patchwork,
  patchwork20132019Fr: patchwork20132019Fr as unknown as Patchwork,
};
