import type { AgreementsTable } from './agreements-table.js';
import type { ApiKeysTable } from './api-keys-table.js';
import type { ChangesTable } from './changes-table.js';
import type { CurationLogTable } from './curation-log-table.js';
import type { HardConnectivityTable } from './hard-connectivity-table.js';
import type { InstitutionsTable } from './institutions-table.js';
import type { OfficialTalliesTable } from './official-tallies-table.js';
import type { OrganisationsTable } from './organisations-table.js';
import type { PartiesTable } from './parties-table.js';
import type { ProvisionsTable } from './provisions-table.js';
import type { RelationsTable } from './relations-table.js';
import type { ReleaseMemosTable } from './release-memos-table.js';
import type { ReleasesTable } from './releases-table.js';
import type { SessionsTable } from './sessions-table.js';
import type {
  BriefJobsTable,
  BriefPdfsTable,
  BriefRequestersTable,
  RateLimitsTable,
  StudioPreviewsTable,
  WidgetFilesTable,
} from './shared-state-tables.js';
import type { SourcesTable } from './sources-table.js';

/** Every table of the database, as Kysely sees it. */
export interface DB {
  organisations: OrganisationsTable;
  institutions: InstitutionsTable;
  agreements: AgreementsTable;
  parties: PartiesTable;
  sources: SourcesTable;
  provisions: ProvisionsTable;
  relations: RelationsTable;
  official_tallies: OfficialTalliesTable;
  curation_log: CurationLogTable;
  hard_connectivity: HardConnectivityTable;
  releases: ReleasesTable;
  changes: ChangesTable;
  api_keys: ApiKeysTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
  brief_jobs: BriefJobsTable;
  brief_requesters: BriefRequestersTable;
  brief_pdfs: BriefPdfsTable;
  studio_previews: StudioPreviewsTable;
  widget_files: WidgetFilesTable;
  release_memos: ReleaseMemosTable;
}
