import type { ByBasis } from '../indicators/by-basis.js';
import type { CoverageRange } from '../indicators/coverage-range.js';
import type { DatePrecision } from '../model/partial-date.js';
import type { SourceKind } from '../vocabulary/source-kind.js';
import type { TallyQualifier, TallySeries } from '../vocabulary/tally-series.js';
import type { Verification } from '../vocabulary/verification.js';
import type { CountsByBasis, ValuesByBasisBody } from './indicator-bodies.js';

export interface TallySourceBody {
  readonly id: string;
  readonly url: string;
  readonly publisher: string;
  /** The publisher as outputs print it, in the language asked for (core's publisherLabel). */
  readonly publisher_label: string;
  readonly kind: SourceKind;
  readonly kind_label: string;
  readonly accessed: string;
  readonly quote: string | null;
}

/** What the dataset documents beside a cumulative tally. */
export interface TallyCoverageBody {
  readonly scope: 'standardisation';
  readonly agreements: CountsByBasis;
  readonly share: ValuesByBasisBody;
  readonly share_range: string;
  readonly partner_share: ValuesByBasisBody;
  readonly partner_share_range: string;
  readonly undated: CountsByBasis;
  readonly later: CountsByBasis;
  /**
   * Documents and partners as lower and upper bounds (core's coverageRange), per verification basis: the
   * lower bound counts the agreements surely signed on or before the tally (by their date or their
   * terminus ante quem), the upper bound adds those whose date straddles it.
   */
  readonly bounds: ByBasis<CoverageRange>;
}

/** An official tally in a language (an item of GET /v1/tallies). */
export interface OfficialTallyBody {
  readonly id: string;
  readonly as_of: string;
  readonly as_of_precision: DatePrecision;
  readonly series: TallySeries;
  readonly series_label: string;
  readonly documents: number | null;
  readonly partners: number | null;
  readonly qualifier: TallyQualifier;
  readonly qualifier_label: string;
  readonly claimant: string;
  /** The claimant in the language asked for (the data's English kept in `claimant`). */
  readonly claimant_label: string;
  readonly claim_text: string;
  readonly claim_lang: string | null;
  readonly verification: Verification;
  readonly verification_label: string;
  readonly notes: string | null;
  readonly sources: TallySourceBody[];
  readonly mirror_only: boolean;
  readonly as_reported_by: string[] | null;
  readonly attribution: string | null;
  readonly coverage: TallyCoverageBody | null;
}
