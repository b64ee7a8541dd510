import { defineVocabulary } from './vocabulary.js';

export const verificationLevels = defineVocabulary({
  verified: { en: 'Verified', fr: 'Vérifié', zh: '已核实' },
  single_source: { en: 'Single source', fr: 'Source unique', zh: '单一来源' },
  unverified: { en: 'Unverified', fr: 'Non vérifié', zh: '未核实' },
});
export type Verification = (typeof verificationLevels.codes)[number];

/**
 * The three nested bases every indicator is computed on: verified rows only; verified and single-source
 * rows; all rows.
 */
export const VERIFICATION_BASES = ['verified', 'verified_single', 'all'] as const;
export type VerificationBasis = (typeof VERIFICATION_BASES)[number];

const INCLUDED: Readonly<Record<VerificationBasis, readonly Verification[]>> = {
  verified: ['verified'],
  verified_single: ['verified', 'single_source'],
  all: ['verified', 'single_source', 'unverified'],
};

/** INCLUDED as a table of booleans: every indicator asks it for every agreement, basis and group. */
const INCLUDED_TABLE: Readonly<Record<VerificationBasis, Readonly<Record<string, boolean>>>> = {
  verified: Object.fromEntries(INCLUDED.verified.map((level) => [level, true])),
  verified_single: Object.fromEntries(INCLUDED.verified_single.map((level) => [level, true])),
  all: Object.fromEntries(INCLUDED.all.map((level) => [level, true])),
};

export function includedIn(basis: VerificationBasis, verification: Verification): boolean {
  return INCLUDED_TABLE[basis][verification] === true;
}
