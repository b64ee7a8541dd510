// connecting and migrating
export {
  createDb,
  type Db,
  type DbConfig,
  type DbDialect,
  type DbOptions,
  type PgPoolSettings,
} from './create-db.js';
export { migrateToLatest } from './migrate/migrate-to-latest.js';
export { MIGRATIONS } from './migrate/migrations.js';
export { inTransaction, type Executor } from './transaction.js';
export { dialectOf } from './dialect-of.js';
export { ping } from './health/ping.js';

// schema
export type { DB } from './schema/database.js';
export type { OrganisationsTable, OrganisationRow } from './schema/organisations-table.js';
export type { InstitutionsTable, InstitutionRow } from './schema/institutions-table.js';
export type { AgreementsTable, AgreementRow } from './schema/agreements-table.js';
export type { PartiesTable, PartyRow } from './schema/parties-table.js';
export type { SourcesTable, SourceRow } from './schema/sources-table.js';
export type { ProvisionsTable, ProvisionRow } from './schema/provisions-table.js';
export type { RelationsTable, RelationRow } from './schema/relations-table.js';
export type { OfficialTalliesTable, OfficialTallyRow } from './schema/official-tallies-table.js';
export type { CurationLogTable, CurationLogRow } from './schema/curation-log-table.js';
export type { ReleasesTable, ReleaseRow } from './schema/releases-table.js';
export type { ChangesTable, ChangeRow } from './schema/changes-table.js';
export type { ApiKeysTable, ApiKeyRow } from './schema/api-keys-table.js';

// partitions and datasets
export { DRAFT, isPartition, type Partition } from './partition/partition.js';
export { writePartition } from './dataset/write-partition.js';
export { loadDataset, UNRELEASED_VERSION } from './dataset/load-dataset.js';
export { loadCoverageInputs } from './dataset/load-coverage-inputs.js';
export { loadTallies } from './dataset/load-tallies.js';
export type { RecordVersions, VersionedType } from './dataset/record-versions.js';
export { lockDraft } from './partition/lock-draft.js';

// import and releases
export { importDataset, type ImportOptions, type ImportResult } from './import/import-dataset.js';
export { importDatasetSlices, type SliceImportResult } from './import/import-slices.js';
export { replaceHardConnectivity } from './hard/replace-hard-connectivity.js';
export { importRefusalMessage, type ImportRefusal } from './import/import-refusal.js';
export { cutRelease, type CutReleaseResult, type CutReleaseRefusal } from './releases/cut-release.js';
export type { ReleaseInput } from './releases/publish-release.js';
export { latestRelease } from './releases/latest-release.js';
export { listReleases } from './releases/list-releases.js';
export { getRelease } from './releases/get-release.js';
export { previousRelease } from './releases/previous-release.js';

// changelog
export { listChanges, type ChangeQuery, type ChangePage } from './changes/list-changes.js';
export { describeChanges } from './changes/describe-changes.js';
export { latestChangeId } from './changes/latest-change-id.js';

// agreements
export {
  AGREEMENT_SORTS,
  type AgreementSort,
  type AgreementQuery,
  type AgreementListItem,
  type AgreementPage,
} from './agreements/agreement-query.js';
export { listAgreements, type ListOptions } from './agreements/list-agreements.js';
export { getAgreement, type StoredAgreement } from './agreements/get-agreement.js';
export { saveAgreement, type EditResult } from './agreements/save-agreement.js';
export { deleteAgreement } from './agreements/delete-agreement.js';
export { listOrganisations } from './organisations/list-organisations.js';
export type { EditOptions } from './agreements/edit-options.js';
export { normalizeSearchText } from './search/normalize-search-text.js';
export type { PartnerKind } from './search/partner-kind.js';

// API keys
export { API_KEY_ROLES, isApiKeyRole, type ApiKeyRole } from './keys/api-key-role.js';
export type { ApiKey, ApiKeyPrincipal } from './keys/api-key.js';
export { API_KEY_PATTERN } from './keys/api-key-token.js';
export {
  createApiKey,
  MAX_KEY_NAME_LENGTH,
  type NewApiKey,
  type CreatedApiKey,
} from './keys/create-api-key.js';
export { listApiKeys } from './keys/list-api-keys.js';
export { revokeApiKey } from './keys/revoke-api-key.js';
export { verifyApiKey, LAST_USED_RESOLUTION_MS } from './keys/verify-api-key.js';

// studio sessions
export { createSession, type NewSession, type CreatedSession } from './sessions/create-session.js';
export { verifySession, type SessionPrincipal } from './sessions/verify-session.js';
export { deleteSession } from './sessions/delete-session.js';
export { SESSION_TOKEN_PATTERN } from './sessions/session-token.js';

// errors
export { MigrationFailedError } from './errors/migration-failed-error.js';
export { UnsupportedDialectError } from './errors/unsupported-dialect-error.js';
export { InvalidPartitionError } from './errors/invalid-partition-error.js';
export { InvalidSliceError } from './errors/invalid-slice-error.js';
export { InvalidReleaseIdError } from './errors/invalid-release-id-error.js';
export { ReleaseImmutableError } from './errors/release-immutable-error.js';
export { InvalidStoredValueError } from './errors/invalid-stored-value-error.js';
export { StaleVersionError } from './errors/stale-version-error.js';
export { AgreementNotFoundError } from './errors/agreement-not-found-error.js';
export { AgreementReferencedError } from './errors/agreement-referenced-error.js';
export { InvalidCursorError } from './errors/invalid-cursor-error.js';
export { InvalidQueryError } from './errors/invalid-query-error.js';
export { UnknownApiKeyRoleError } from './errors/unknown-api-key-role-error.js';
export { InvalidApiKeyNameError } from './errors/invalid-api-key-name-error.js';
export { ApiKeyNotFoundError } from './errors/api-key-not-found-error.js';
export { ApiKeyRevokedError } from './errors/api-key-revoked-error.js';
export { loadAgreementNeighbourhood } from './agreements/agreement-neighbourhood.js';
export { loadPartnerDataset } from './partners/load-partner-dataset.js';
export { partnerAgreementStats, type PartnerStats } from './partners/partner-agreement-stats.js';
export { countAgreements } from './indicators/count-agreements.js';
export { countPartyGroups } from './indicators/count-party-groups.js';
export { countSectorGroups, countSectorsByGroup } from './indicators/count-sector-groups.js';
export { countAgreementTraits } from './indicators/count-agreement-traits.js';
export { countPartners, countPartnersByGroup, countPartnersOnOrBefore } from './indicators/count-partners.js';
export { countPlacements } from './indicators/count-placements.js';
export { readLatestTally } from './indicators/latest-tally.js';
export { readCountRows } from './indicators/read-count-rows.js';
export { countMemoKey } from './indicators/count-memo-key.js';
export { indicatorMemoKey } from './indicators/indicator-memo-key.js';
export { keptIndicatorResults, type KeptIndicatorResult } from './indicators/kept-indicator-results.js';
export { readCountRowsOnce } from './indicators/read-count-rows-once.js';
export { readCountRowsAgainst } from './indicators/read-count-rows-against.js';

// values computed once per release
export { findMemo, keepMemo, readMemo, type MemoOrigin } from './memos/release-memo.js';
export { pruneMemos } from './memos/prune-memos.js';
export { withWarmingLock } from './memos/with-warming-lock.js';
export { saveStudioPreview, findStudioPreview, type StoredPreview } from './previews/studio-previews.js';
export {
  hasWidgetVersion,
  saveWidgetVersion,
  findWidgetFile,
  type WidgetFile,
} from './widgets/widget-files.js';
export { agreementListItems, listAgreementIds, type AgreementKeyPage } from './agreements/list-agreements.js';
