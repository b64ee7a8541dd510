import { provisions, type ProvisionCode } from '../vocabulary/provision.js';
import { totalCount, traitTotal, type AgreementCount } from './count-rows.js';
import { ANCHORED_LABEL, RECOGNITION_ONLY_LABEL } from './definitions/convergence-balance.js';
import type { CountedSpec } from './counted-spec.js';
import { countValue, ratioValue } from './indicator-value.js';

/**
 * Every breakdown: by year and type from the agreement counts, by region, partner kind and sector from the
 * keyed groups' counts, which carry the traits of their agreements too.
 */
const ROW_GROUP_BYS = [null, 'year', 'type', 'region', 'partner_kind', 'sector'] as const;
const TRAITS = ['traits'] as const;

const present = (counts: readonly AgreementCount[]) =>
  traitTotal(counts, (traits) => provisions.codes.reduce((sum, code) => sum + traits.provisions[code], 0));
const coded = (counts: readonly AgreementCount[]) => traitTotal(counts, (traits) => traits.coded);
const anchored = (counts: readonly AgreementCount[]) => traitTotal(counts, (traits) => traits.anchored);
const recognitionOnly = (counts: readonly AgreementCount[]) =>
  traitTotal(counts, (traits) => traits.recognition_only);
const renewals = (counts: readonly AgreementCount[]) => traitTotal(counts, (traits) => traits.renewal);

/**
 * The indicators of an agreement's own traits (provisions, relations, anchoring), computed from the counts
 * of the agreements with each trait as the definitions compute them from the agreements.
 */
export const TRAIT_SPECS: Readonly<Record<string, CountedSpec>> = {
  mutual_recognition_share: {
    group_bys: ROW_GROUP_BYS,
    needs: TRAITS,
    measure: ({ counts }) => {
      const recognising = traitTotal(counts, (traits) => traits.mutual_recognition);
      return ratioValue(recognising, totalCount(counts), totalCount(counts));
    },
    parts: [],
  },
  international_anchoring_share: {
    group_bys: ROW_GROUP_BYS,
    needs: TRAITS,
    measure: ({ counts }) => ratioValue(anchored(counts), totalCount(counts), totalCount(counts)),
    parts: [],
  },
  convergence_balance: {
    group_bys: ROW_GROUP_BYS,
    needs: TRAITS,
    measure: ({ counts }) => {
      const a = anchored(counts);
      const b = recognitionOnly(counts);
      return ratioValue(a - b, a + b, a + b);
    },
    parts: [
      {
        key: 'anchored',
        unit: 'count',
        label: ANCHORED_LABEL,
        measure: ({ counts }) => countValue(anchored(counts), anchored(counts)),
      },
      {
        key: 'recognition_only',
        unit: 'count',
        label: RECOGNITION_ONLY_LABEL,
        measure: ({ counts }) => countValue(recognitionOnly(counts), recognitionOnly(counts)),
      },
    ],
  },
  depth_score: {
    group_bys: ROW_GROUP_BYS,
    needs: TRAITS,
    measure: ({ counts }) => ratioValue(present(counts), coded(counts), coded(counts), 'no_coded_agreements'),
    parts: [],
  },
  provision_prevalence: {
    group_bys: [null, 'provision'],
    needs: TRAITS,
    measure: ({ counts }) =>
      ratioValue(
        present(counts),
        coded(counts) * provisions.codes.length,
        coded(counts),
        'no_coded_agreements',
      ),
    provision:
      (code) =>
      ({ counts }) => {
        const withIt = traitTotal(counts, (traits) => traits.provisions[code as ProvisionCode]);
        return ratioValue(withIt, coded(counts), coded(counts), 'no_coded_agreements');
      },
    parts: [],
  },
  renewals: {
    group_bys: ROW_GROUP_BYS,
    needs: TRAITS,
    measure: ({ counts }) => countValue(renewals(counts), totalCount(counts)),
    parts: [],
  },
  renewal_share: {
    group_bys: ROW_GROUP_BYS,
    needs: TRAITS,
    measure: ({ counts }) => ratioValue(renewals(counts), totalCount(counts), totalCount(counts)),
    parts: [],
  },
};
