import type {
  AgreementType,
  DatePrecision,
  DateBasis,
  GroupBy,
  IndicatorFilter,
  IndicatorUnit,
  InstitutionKind,
  Lang,
  NullReason,
  OrganisationKind,
  RegionCode,
  Scope,
  SourceKind,
  TallyQualifier,
  TallySeries,
  Verification,
} from '@sco/core';
import type { ReleaseRef } from './brief-data.js';

/*
 * The JSON bodies of the API's reads that the widgets take as their `data` (print mode), built here from
 * core with the same pure functions (see present-indicator.ts). They follow the API's response schemas
 * field for field: IndicatorValues, TallyList, PartnerList and PartnerProfile.
 */

export interface ValueBody {
  readonly value: number | null;
  readonly null_reason: NullReason | null;
  readonly null_reason_label: string | null;
  readonly n: number;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly formatted: string;
}

export interface ValuesByBasisBody {
  readonly verified: ValueBody;
  readonly verified_single: ValueBody;
  readonly all: ValueBody;
}

export interface CountsByBasis {
  readonly verified: number;
  readonly verified_single: number;
  readonly all: number;
}

export interface PartBody {
  readonly key: string;
  readonly unit: IndicatorUnit;
  readonly label: string;
  readonly values: ValuesByBasisBody;
  readonly range: string;
}

export interface CellBody {
  readonly values: ValuesByBasisBody;
  readonly range: string;
  readonly parts: readonly PartBody[];
}

export interface GroupBody extends CellBody {
  readonly key: string;
  readonly label: string;
}

export interface IndicatorDescriptionBody {
  readonly id: string;
  readonly unit: IndicatorUnit;
  readonly title: string;
  readonly definition: string;
  readonly methodology: string;
}

export interface TallyReferenceBody {
  readonly id: string;
  readonly as_of: string;
  readonly series: TallySeries;
  readonly series_label: string;
  readonly documents: number | null;
  readonly partners: number | null;
  readonly qualifier: TallyQualifier;
  readonly claimant: string;
  readonly verification: Verification;
  readonly href: string;
}

/** GET /v1/indicators/{id} */
export interface IndicatorValuesBody {
  readonly release: ReleaseRef;
  readonly lang: Lang;
  readonly indicator: IndicatorDescriptionBody;
  readonly filter: IndicatorFilter;
  readonly group_by: { readonly id: GroupBy; readonly label: string } | null;
  readonly total: CellBody;
  readonly groups: readonly GroupBody[];
  readonly excluded_undated: CountsByBasis;
  readonly tally: TallyReferenceBody | null;
}

export interface TallySourceBody {
  readonly id: string;
  readonly url: string;
  readonly publisher: string;
  readonly kind: SourceKind;
  readonly kind_label: string;
  readonly accessed: string;
  readonly quote: string | null;
}

export interface TallyCoverageBody {
  readonly scope: 'standardisation';
  readonly agreements: CountsByBasis;
  readonly share: ValuesByBasisBody;
  readonly share_range: string;
  readonly partner_share: ValuesByBasisBody;
  readonly partner_share_range: string;
  readonly undated: CountsByBasis;
  readonly later: CountsByBasis;
}

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
  readonly claim_text: string;
  readonly claim_lang: string | null;
  readonly verification: Verification;
  readonly verification_label: string;
  readonly notes: string | null;
  readonly sources: readonly TallySourceBody[];
  readonly mirror_only: boolean;
  readonly as_reported_by: readonly string[] | null;
  readonly attribution: string | null;
  readonly coverage: TallyCoverageBody | null;
}

/** GET /v1/tallies */
export interface TallyListBody {
  readonly release: ReleaseRef;
  readonly lang: Lang;
  readonly total: number;
  readonly items: readonly OfficialTallyBody[];
}

export interface PartnerAgreementStatsBody {
  readonly count: number;
  readonly first_signed: string | null;
  readonly latest_signed: string | null;
  readonly undated: number;
}

export interface PartnerSummaryBody {
  readonly code: string;
  readonly kind: 'country' | 'organisation';
  readonly name: string;
  readonly names: { readonly en: string; readonly fr: string; readonly zh: string };
  readonly region: RegionCode | null;
  readonly region_name: string | null;
  readonly subregion: string | null;
  readonly subregion_name: string | null;
  readonly organisation_kind: OrganisationKind | null;
  readonly agreements: {
    readonly headline: PartnerAgreementStatsBody;
    readonly with_adjacent: PartnerAgreementStatsBody;
  };
  readonly href: string;
}

/** GET /v1/partners */
export interface PartnerListBody {
  readonly release: ReleaseRef;
  readonly lang: Lang;
  readonly total: number;
  readonly items: readonly PartnerSummaryBody[];
}

export interface PartnerAgreementBody {
  readonly id: string;
  readonly title_en: string;
  readonly title_original: string | null;
  readonly type: AgreementType;
  readonly type_label: string;
  readonly scope: Scope;
  readonly scope_label: string;
  readonly signed_date: string | null;
  readonly signed_precision: DatePrecision;
  readonly signed_date_basis: DateBasis | null;
  readonly verification: Verification;
  readonly verification_label: string;
  readonly other_partners: number;
  readonly href: string;
}

export interface LabelledCountBody {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

export interface PartnerInstitutionBody {
  readonly id: string;
  readonly name_en: string;
  readonly name_original: string | null;
  readonly acronym: string | null;
  readonly kind: InstitutionKind;
  readonly kind_label: string;
  readonly agreements: number;
}

export interface PartnerIndicatorBody extends CellBody {
  readonly id: string;
  readonly unit: IndicatorUnit;
  readonly title: string;
  readonly href: string;
}

/** GET /v1/partners/{code} */
export interface PartnerProfileBody {
  readonly release: ReleaseRef;
  readonly lang: Lang;
  readonly include_adjacent: boolean;
  readonly partner: PartnerSummaryBody;
  readonly agreements: readonly PartnerAgreementBody[];
  readonly first_agreement: PartnerAgreementBody | null;
  readonly latest_agreement: PartnerAgreementBody | null;
  readonly by_type: readonly LabelledCountBody[];
  readonly by_scope: readonly LabelledCountBody[];
  readonly institutions: readonly PartnerInstitutionBody[];
  readonly indicators: readonly PartnerIndicatorBody[];
}
