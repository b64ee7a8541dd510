import type { DateBasis } from '../model/agreement.js';
import type { DatePrecision } from '../model/partial-date.js';
import type { RegionCode } from '../geo/regions.js';
import type { TitleBasis } from '../i18n/agreement-title.js';
import type { Lang } from '../i18n/lang.js';
import type { IndicatorUnit } from '../indicators/indicator-unit.js';
import type { AgreementType } from '../vocabulary/agreement-type.js';
import type { InstitutionKind } from '../vocabulary/institution-kind.js';
import type { OrganisationKind } from '../vocabulary/organisation-kind.js';
import type { Scope } from '../vocabulary/scope.js';
import type { Verification } from '../vocabulary/verification.js';
import type { CellBody } from './indicator-bodies.js';

export interface PartnerAgreementStatsBody {
  readonly count: number;
  readonly first_signed: string | null;
  readonly latest_signed: string | null;
  readonly undated: number;
}

/** A partner as the list and the profile show it (an item of GET /v1/partners). */
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

export interface PartnerAgreementBody {
  readonly id: string;
  readonly title_en: string;
  readonly title_original: string | null;
  /** The title in the profile's language, its language and where it comes from (core's agreementTitleIn). */
  readonly title_label: string;
  readonly title_label_lang: string;
  readonly title_label_basis: TitleBasis;
  readonly type: AgreementType;
  readonly type_label: string;
  readonly scope: Scope;
  readonly scope_label: string;
  readonly signed_date: string | null;
  readonly signed_precision: DatePrecision;
  readonly signed_date_basis: DateBasis | null;
  /** Terminus ante quem (YYYY-MM-DD): signed on or before this date; null when no source bounds it. */
  readonly signed_no_later_than: string | null;
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
  /** The name in the language asked for (`institutionNameIn`): an established name, its own name or a translation. */
  readonly name_label: string;
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

/** A partner's profile in a language (the body of GET /v1/partners/{code}, without its release). */
export interface PartnerProfileBody {
  readonly lang: Lang;
  readonly include_adjacent: boolean;
  readonly partner: PartnerSummaryBody;
  readonly agreements: PartnerAgreementBody[];
  readonly first_agreement: PartnerAgreementBody | null;
  readonly latest_agreement: PartnerAgreementBody | null;
  readonly by_type: LabelledCountBody[];
  readonly by_scope: LabelledCountBody[];
  readonly institutions: PartnerInstitutionBody[];
  readonly indicators: PartnerIndicatorBody[];
}
