import type { Migration, MigrationProvider } from 'kysely';
import * as releasesAndChanges from '../migrations/20261128120000-releases-and-changes.js';
import * as dataTables from '../migrations/20261128120100-data-tables.js';
import * as apiKeys from '../migrations/20261128151500-api-keys.js';
import * as sessions from '../migrations/20261128180000-sessions.js';
import * as hardConnectivity from '../migrations/20261205130000-hard-connectivity.js';
import * as sourceLabels from '../migrations/20261205130100-source-labels.js';
import * as sharedState from '../migrations/20261205130200-shared-state.js';
import * as readIndexes from '../migrations/20261205130300-read-indexes.js';
import * as tallyPartnersNamed from '../migrations/20261205170100-tally-partners-named.js';
import * as studioPreviews from '../migrations/20261205170200-studio-previews.js';
import * as widgetFiles from '../migrations/20261205170201-widget-files.js';
import * as descendingSortIndexes from '../migrations/20261206020000-descending-sort-indexes.js';
import * as agreementSignedNoLaterThan from '../migrations/20261206200000-agreement-signed-no-later-than.js';
import * as countedColumnsIndex from '../migrations/20261206210000-counted-columns-index.js';
import * as releaseScopedTrigramIndexes from '../migrations/20261207043000-release-scoped-trigram-indexes.js';
import * as listingDateCoveringIndex from '../migrations/20261207160000-listing-date-covering-index.js';
import * as releaseMemos from '../migrations/20261207170000-release-memos.js';

/**
 * Every migration, by name, imported statically so that the built package needs no migrations folder at
 * run time. Add a new migration here with its file name (without extension) as its name.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '20261128120000-releases-and-changes': releasesAndChanges,
  '20261128120100-data-tables': dataTables,
  '20261128151500-api-keys': apiKeys,
  '20261128180000-sessions': sessions,
  '20261205130000-hard-connectivity': hardConnectivity,
  '20261205130100-source-labels': sourceLabels,
  '20261205130200-shared-state': sharedState,
  '20261205130300-read-indexes': readIndexes,
  '20261205170100-tally-partners-named': tallyPartnersNamed,
  '20261205170200-studio-previews': studioPreviews,
  '20261205170201-widget-files': widgetFiles,
  '20261206020000-descending-sort-indexes': descendingSortIndexes,
  '20261206200000-agreement-signed-no-later-than': agreementSignedNoLaterThan,
  '20261206210000-counted-columns-index': countedColumnsIndex,
  '20261207043000-release-scoped-trigram-indexes': releaseScopedTrigramIndexes,
  '20261207160000-listing-date-covering-index': listingDateCoveringIndex,
  '20261207170000-release-memos': releaseMemos,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
