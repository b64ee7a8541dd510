import type { z } from 'zod';
import { agreementRecordSchema } from '../model/agreement.js';
import { curationEntryRecordSchema } from '../model/curation-entry.js';
import { hardConnectivityRecordSchema } from '../hard/hard-connectivity.js';
import { institutionRecordSchema } from '../model/institution.js';
import { officialTallyRecordSchema } from '../model/official-tally.js';
import { organisationRecordSchema } from '../model/organisation.js';
import { partyRecordSchema } from '../model/party.js';
import { provisionRecordSchema } from '../model/provision.js';
import { relationRecordSchema } from '../model/relation.js';
import { sourceRecordSchema } from '../model/source.js';

export interface ForeignKey {
  readonly fields: readonly string[];
  readonly table: TableName;
  readonly reference: readonly string[];
}

export interface TableDefinition<S extends z.ZodObject = z.ZodObject> {
  readonly name: TableName;
  readonly file: string;
  readonly title: string;
  readonly schema: S;
  /** Fields that identify a row; rows are written sorted by `order`. */
  readonly primaryKey: readonly string[];
  readonly order: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
}

export const TABLE_NAMES = [
  'organisations',
  'institutions',
  'agreements',
  'parties',
  'sources',
  'provisions',
  'relations',
  'official_tallies',
  'curation_log',
  'hard_connectivity',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

function table<S extends z.ZodObject>(definition: TableDefinition<S>): TableDefinition<S> {
  return definition;
}

/** Every file of the data package, in dependency order (referenced tables first). */
export const tables = {
  organisations: table({
    name: 'organisations',
    file: 'organisations.csv',
    title: 'Regional and international organisations (jurisdictions that are not countries)',
    schema: organisationRecordSchema,
    primaryKey: ['code'],
    order: ['code'],
    foreignKeys: [],
  }),
  institutions: table({
    name: 'institutions',
    file: 'institutions.csv',
    title: 'Institutions that sign agreements',
    schema: institutionRecordSchema,
    primaryKey: ['id'],
    order: ['id'],
    foreignKeys: [],
  }),
  agreements: table({
    name: 'agreements',
    file: 'agreements.csv',
    title: 'Agreements',
    schema: agreementRecordSchema,
    primaryKey: ['id'],
    order: ['signed_date', 'id'],
    foreignKeys: [],
  }),
  parties: table({
    name: 'parties',
    file: 'parties.csv',
    title: 'Who signed which agreement',
    schema: partyRecordSchema,
    primaryKey: ['agreement_id', 'institution_id'],
    order: ['agreement_id', 'side', 'institution_id'],
    foreignKeys: [
      { fields: ['agreement_id'], table: 'agreements', reference: ['id'] },
      { fields: ['institution_id'], table: 'institutions', reference: ['id'] },
    ],
  }),
  sources: table({
    name: 'sources',
    file: 'sources.csv',
    title: 'Sources of agreements and official tallies',
    schema: sourceRecordSchema,
    primaryKey: ['id'],
    order: ['subject_type', 'subject_id', 'id'],
    foreignKeys: [],
  }),
  provisions: table({
    name: 'provisions',
    file: 'provisions.csv',
    title: 'Coded provisions',
    schema: provisionRecordSchema,
    primaryKey: ['agreement_id', 'provision'],
    order: ['agreement_id', 'provision'],
    foreignKeys: [
      { fields: ['agreement_id'], table: 'agreements', reference: ['id'] },
      { fields: ['source_id'], table: 'sources', reference: ['id'] },
    ],
  }),
  relations: table({
    name: 'relations',
    file: 'relations.csv',
    title: 'Lineage between agreements',
    schema: relationRecordSchema,
    primaryKey: ['agreement_id', 'relation', 'target_id'],
    order: ['agreement_id', 'relation', 'target_id'],
    foreignKeys: [
      { fields: ['agreement_id'], table: 'agreements', reference: ['id'] },
      { fields: ['target_id'], table: 'agreements', reference: ['id'] },
    ],
  }),
  official_tallies: table({
    name: 'official_tallies',
    file: 'official-tallies.csv',
    title: 'Official tallies',
    schema: officialTallyRecordSchema,
    primaryKey: ['id'],
    order: ['as_of', 'series', 'id'],
    foreignKeys: [],
  }),
  curation_log: table({
    name: 'curation_log',
    file: 'curation-log.csv',
    title: 'Curation log',
    schema: curationEntryRecordSchema,
    primaryKey: ['research_file', 'research_row', 'agreement_id'],
    order: ['research_file', 'research_row', 'agreement_id'],
    foreignKeys: [],
  }),
  hard_connectivity: table({
    name: 'hard_connectivity',
    file: 'hard-connectivity.csv',
    title: 'Chinese investment and construction per partner country and year, derived from a cited source',
    schema: hardConnectivityRecordSchema,
    primaryKey: ['partner', 'year'],
    order: ['partner', 'year'],
    foreignKeys: [],
  }),
} as const satisfies Record<TableName, TableDefinition>;

export type Tables = typeof tables;
export type RecordOf<T extends TableName> = z.infer<Tables[T]['schema']>;
