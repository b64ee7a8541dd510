// i18n
export { LANGS, isLang, type Lang, type Localized } from './i18n/lang.js';
export {
  formatNumber,
  formatNumberRange,
  sharedFractionDigits,
  formatDateStyle,
  formatInstant,
  spaceCjk,
  parenthetical,
  parenthesisAfter,
  MINUS,
  DATE_STYLES,
  type NumberStyle,
  type DateStyle,
} from './i18n/format.js';
export { frenchSpacing } from './i18n/french-spacing.js';
export { dataLabel, hasDataLabel } from './i18n/data-labels.js';
export { publisherLabel } from './i18n/publisher-label.js';
export { SOURCE_CHECK_LABELS } from './i18n/source-check-labels.js';
export { SOURCE_STRENGTH_COLUMNS, type SourceStrengthColumn } from './i18n/source-strength-columns.js';
export { ENGLISH_MONTHS } from './i18n/english-months.js';
export { institutionNameIn, hasInstitutionName, type RecordedNames } from './i18n/institution-name.js';
export {
  agreementTitleIn,
  hasAgreementTitleIn,
  TITLE_BASES,
  type RecordedTitles,
  type TitleBasis,
  type TitleInLang,
} from './i18n/agreement-title.js';

// vocabularies
export { defineVocabulary, labelOf, type Vocabulary } from './vocabulary/vocabulary.js';
export { agreementTypes, type AgreementType } from './vocabulary/agreement-type.js';
export { scopes, isAdjacentScope, type Scope } from './vocabulary/scope.js';
export { agreementStatuses, type AgreementStatus } from './vocabulary/agreement-status.js';
export { briFramings, type BriFraming } from './vocabulary/bri-framing.js';
export {
  verificationLevels,
  VERIFICATION_BASES,
  includedIn,
  type Verification,
  type VerificationBasis,
} from './vocabulary/verification.js';
export { institutionKinds, type InstitutionKind } from './vocabulary/institution-kind.js';
export { organisationKinds, type OrganisationKind } from './vocabulary/organisation-kind.js';
export {
  provisions,
  provisionStatuses,
  type ProvisionCode,
  type ProvisionStatus,
} from './vocabulary/provision.js';
export { relationTypes, type RelationType } from './vocabulary/relation-type.js';
export { sourceKinds, isOfficialSource, type SourceKind } from './vocabulary/source-kind.js';
export { quoteBases, type QuoteBasis } from './vocabulary/quote-basis.js';
export { sourceKindLabel } from './vocabulary/source-kind-label.js';
export { sides, type Side } from './vocabulary/side.js';
export {
  tallySeries,
  tallyQualifiers,
  type TallySeries,
  type TallyQualifier,
} from './vocabulary/tally-series.js';
export { icsFields, type IcsField } from './vocabulary/ics-field.js';

// geography
export { findCountry, allCountries, type Country } from './geo/countries.js';
export { REGION_CODES, areaName, isRegionCode, type RegionCode } from './geo/regions.js';
export {
  jurisdictionResolver,
  jurisdictionName,
  type Jurisdiction,
  type JurisdictionResolver,
} from './geo/jurisdiction.js';

// records
export {
  PARTIAL_DATE_PATTERN,
  DATE_PRECISIONS,
  parsePartialDate,
  precisionOf,
  yearOf,
  comparePartialDates,
  isOnOrBefore,
  partialDatePeriod,
  InvalidPartialDateError,
  type DatePrecision,
  type PartialDateParts,
} from './model/partial-date.js';
export {
  agreementRecordSchema,
  DATE_BASES,
  type AgreementRecord,
  type DateBasis,
} from './model/agreement.js';
export { institutionRecordSchema, type InstitutionRecord } from './model/institution.js';
export { organisationRecordSchema, type OrganisationRecord } from './model/organisation.js';
export { partyRecordSchema, type PartyRecord } from './model/party.js';
export { sourceRecordSchema, SUBJECT_TYPES, type SourceRecord, type SubjectType } from './model/source.js';
export { provisionRecordSchema, type ProvisionRecord } from './model/provision.js';
export { relationRecordSchema, type RelationRecord } from './model/relation.js';
export { officialTallyRecordSchema, type OfficialTallyRecord } from './model/official-tally.js';
export {
  curationEntryRecordSchema,
  CURATION_ACTIONS,
  type CurationEntryRecord,
} from './model/curation-entry.js';
export { releaseIdSchema, RELEASE_ID_PATTERN, compareReleaseIds, type Release } from './model/release.js';
export type { Change, ChangeDraft } from './model/change.js';

// the data package
export {
  tables,
  TABLE_NAMES,
  type TableName,
  type TableDefinition,
  type RecordOf,
  type ForeignKey,
} from './dataset/tables.js';
export { emptyTables, type Dataset } from './dataset/dataset.js';
export { fieldKind, fieldKinds, type FieldKind } from './dataset/field-kinds.js';
export { decodeCell, encodeCell, LIST_SEPARATOR } from './dataset/cells.js';
export { formatProblem, compareProblems, type Problem } from './dataset/problem.js';
export {
  parseTables,
  type RawDataset,
  type RawTable,
  type ParsedTables,
  type LineIndex,
} from './dataset/parse-tables.js';
export { SUPERSEDING_RELATIONS } from './dataset/check-status.js';
export { checkIntegrity, verificationProblem, type IntegrityProblem } from './dataset/check-integrity.js';
export { validateRawDataset, VERSION_PATTERN, type ValidationResult } from './dataset/validate-dataset.js';
export { sortRecords } from './dataset/sort-records.js';
export {
  toAggregates,
  fromAggregates,
  AGGREGATE_TYPES,
  CURATION_LOG_ID,
  hardConnectivityId,
  type AggregateType,
  type Aggregates,
  type AgreementAggregate,
  type TallyAggregate,
  type CurationLogAggregate,
  type PartyItem,
  type SourceItem,
  type ProvisionItem,
  type RelationItem,
} from './dataset/aggregates.js';
export { diffAggregates, diffRecord, canonicalJson } from './dataset/diff.js';
export {
  assembleAgreements,
  assembleTallies,
  UnresolvedReferenceError,
  type Agreement,
  type Party,
  type SignedDate,
} from './dataset/assemble.js';

// indicators
export { INDICATOR_UNITS, type IndicatorUnit } from './indicators/indicator-unit.js';
export { nullReasons, type NullReason } from './indicators/null-reason.js';
export {
  indicatorFilterSchema,
  DEFAULT_INDICATOR_FILTER,
  hasYearRange,
  type IndicatorFilter,
  type IndicatorFilterInput,
} from './indicators/indicator-filter.js';
export {
  GROUP_BYS,
  groupBySchema,
  groupByLabels,
  UNDATED_KEY,
  UNKNOWN_REGION_KEY,
  NO_SECTOR_KEY,
  type GroupBy,
  type AgreementGroupBy,
} from './indicators/group-by.js';
export { groupKeyLabel } from './indicators/group-key-label.js';
export type { ByBasis } from './indicators/by-basis.js';
export { countValue, ratioValue, nullValue, type IndicatorValue } from './indicators/indicator-value.js';
export type {
  IndicatorResult,
  IndicatorCell,
  IndicatorGroup,
  IndicatorPart,
  TallyReference,
} from './indicators/indicator-result.js';
export type {
  IndicatorDefinition,
  IndicatorMeta,
  IndicatorInput,
} from './indicators/indicator-definition.js';
export { UnknownIndicatorError, UnsupportedGroupByError } from './indicators/indicator-errors.js';
export { selectAgreements, type SelectedAgreement, type Selection } from './indicators/select-agreements.js';
export { isAnchored, isRecognitionOnly, hasMutualRecognition } from './indicators/anchoring.js';
export { isRenewal, RENEWAL_RELATIONS } from './indicators/renewal.js';
export { latestCumulativeTally, tallyEnd } from './indicators/latest-tally.js';
export { INDICATORS, findIndicator, getIndicator } from './indicators/catalogue.js';
export {
  computeIndicator,
  computeAllIndicators,
  type IndicatorOutcome,
  type IndicatorProblem,
} from './indicators/compute-indicator.js';
export { formatValue, numberFormat, EM_DASH } from './indicators/format-value.js';
export { UNIT_STYLES, sharedStyle } from './indicators/unit-styles.js';
export { formatBasisRange } from './indicators/format-range.js';
export { AGREEMENT_RULES, PARTNER_RULES, GROUP_RULES } from './indicators/methodology-text.js';

// presenters: results and records in a language, as the API answers them and the briefs show them
export type { ReadLink } from './presenters/read-link.js';
export type { ReleaseData } from './presenters/release-data.js';
export { intlLocale } from './presenters/intl-locale.js';
export type {
  ValueBody,
  ValuesByBasisBody,
  CountsByBasis,
  PartBody,
  CellBody,
  GroupBody,
  GroupByBody,
  IndicatorDescriptionBody,
  TallyReferenceBody,
  IndicatorValuesBody,
} from './presenters/indicator-bodies.js';
export {
  describeIndicator,
  presentGroupBy,
  presentValue,
  presentValues,
  presentCell,
  presentGroup,
  presentTallyReference,
} from './presenters/present-indicator.js';
export { indicatorValues, type IndicatorValuesRequest } from './presenters/indicator-values.js';
export type { TallySourceBody, TallyCoverageBody, OfficialTallyBody } from './presenters/tally-bodies.js';
export { comparedWithData, presentTallyCoverage, tallyCoverage } from './presenters/tally-coverage.js';
export { presentTally, listTallies, selectTallies, type TallyQuery } from './presenters/list-tallies.js';
export type {
  PartnerAgreementStatsBody,
  PartnerSummaryBody,
  PartnerAgreementBody,
  LabelledCountBody,
  PartnerInstitutionBody,
  PartnerIndicatorBody,
  PartnerProfileBody,
} from './presenters/partner-bodies.js';
export { partnerIndex, bySignedDate, inScope, type PartnerEntry } from './presenters/partner-index.js';
export {
  partnerSummary,
  partnerSummaryOf,
  type PartnerAgreementStats,
} from './presenters/partner-summary.js';
export { PARTNER_SORTS, comparePartners, type PartnerSort } from './presenters/compare-partners.js';
export {
  partnerProfile,
  PARTNER_INDICATORS,
  type PartnerProfileRequest,
} from './presenters/partner-profile.js';
export { coverageRange, type Bounds, type CoverageRange } from './indicators/coverage-range.js';
export type { CoverageInput } from './indicators/coverage-input.js';
export {
  coverageByBasis,
  tallyCoverageRows,
  type ComparableTally,
  type CoverageChange,
  type TallyCoverageRow,
} from './indicators/tally-coverage-rows.js';
export {
  placeAgainstTally,
  positionAgainst,
  type SignedEvidence,
  type TallyPlacement,
  type TallyPosition,
} from './indicators/tally-placement.js';

// hard connectivity: investment and construction beside the agreements
export { countryCodeFromName } from './geo/country-name.js';
export {
  hardConnectivityRecordSchema,
  hardTotal,
  HARD_KINDS,
  HARD_SECTORS,
  type HardConnectivityRecord,
  type HardKind,
  type HardSector,
} from './hard/hard-connectivity.js';
export { HARD_PERIODS, periodOf, type HardPeriod } from './hard/periods.js';
export { hardTotals, type HardTotals } from './hard/hard-totals.js';
export { median } from './hard/median.js';
export { seededRandom } from './hard/seeded-random.js';
export { averageRanks, spearman } from './hard/ranks.js';
export {
  rankCorrelation,
  quantile,
  DEFAULT_RANK_CORRELATION_OPTIONS,
  type RankCorrelation,
  type RankCorrelationOptions,
} from './hard/rank-correlation.js';
export { softByPartner, softAgreements, type SoftMeasures } from './hard/soft-by-partner.js';
export {
  softHardCorrelations,
  SOFT_MEASURES,
  POPULATIONS,
  type SoftMeasure,
  type Population,
  type SoftHardCorrelations,
} from './hard/soft-hard.js';
export {
  sequence,
  SEQUENCE_WINDOW,
  LARGE_DEAL_USD_M,
  type PartnerSequence,
  type SequenceResult,
} from './hard/sequence.js';
export {
  quadrants,
  QUADRANTS,
  type Quadrant,
  type QuadrantPartner,
  type QuadrantsResult,
} from './hard/quadrants.js';
export {
  patchwork,
  isMultilateral,
  PATCHWORK_PERIODS,
  type PatchworkPeriod,
  type PatchworkResult,
  type SignatoryCount,
  type MultilateralShare,
  type YearConcentration,
} from './hard/patchwork.js';
export { HARD_CAVEATS } from './hard/caveats.js';
export { presentIndicatorResult } from './presenters/indicator-values.js';
export {
  countedIndicator,
  countNeeds,
  isCountable,
  isPartyGroupBy,
  type PartyGroupBy,
} from './indicators/counted-indicator.js';
export type { CountNeed } from './indicators/counted-spec.js';
export type {
  AgreementCount,
  CountRows,
  GroupCount,
  InGroup,
  PartnerCount,
  PlacementCount,
  TraitCounts,
} from './indicators/count-rows.js';
export { REGION_ORDER } from './indicators/group-items.js';
export { namedPartnerGaps, type NamedPartnerGap } from './indicators/named-partner-gaps.js';
export { patchworkPeriod } from './hard/patchwork.js';
export { softHardCorrelation } from './hard/soft-hard.js';
export {
  sourceStrength,
  SOURCE_CHECKS,
  type SourceCheck,
  type SourceCheckResult,
  type SourceStrength,
} from './curation/source-strength.js';
