import type { TableName } from '@sco/core';
import { AGREEMENTS_COLUMNS } from './agreements-table.js';
import { CURATION_LOG_COLUMNS } from './curation-log-table.js';
import { HARD_CONNECTIVITY_COLUMNS } from './hard-connectivity-table.js';
import { INSTITUTIONS_COLUMNS } from './institutions-table.js';
import { OFFICIAL_TALLIES_COLUMNS } from './official-tallies-table.js';
import { ORGANISATIONS_COLUMNS } from './organisations-table.js';
import { PARTIES_COLUMNS } from './parties-table.js';
import { PROVISIONS_COLUMNS } from './provisions-table.js';
import { RELATIONS_COLUMNS } from './relations-table.js';
import { SOURCES_COLUMNS } from './sources-table.js';

/**
 * The tables that hold the data package, one per data file, each partitioned by `release_id`. Listed in
 * dependency order (referenced tables first), the order of core's TABLE_NAMES.
 */
export const PARTITIONED_TABLES = {
  organisations: ORGANISATIONS_COLUMNS,
  institutions: INSTITUTIONS_COLUMNS,
  agreements: AGREEMENTS_COLUMNS,
  parties: PARTIES_COLUMNS,
  sources: SOURCES_COLUMNS,
  provisions: PROVISIONS_COLUMNS,
  relations: RELATIONS_COLUMNS,
  official_tallies: OFFICIAL_TALLIES_COLUMNS,
  curation_log: CURATION_LOG_COLUMNS,
  hard_connectivity: HARD_CONNECTIVITY_COLUMNS,
} as const satisfies Record<TableName, readonly string[]>;
