import type { AgreementRecord } from '../model/agreement.js';
import type { InstitutionRecord } from '../model/institution.js';
import type { OfficialTallyRecord } from '../model/official-tally.js';
import type { OrganisationRecord } from '../model/organisation.js';
import type { PartyRecord } from '../model/party.js';
import type { ProvisionRecord } from '../model/provision.js';
import type { RelationRecord } from '../model/relation.js';
import type { SourceRecord } from '../model/source.js';
import type { CurationEntryRecord } from '../model/curation-entry.js';
import type { HardConnectivityRecord } from '../hard/hard-connectivity.js';
import type { Dataset } from './dataset.js';
import { emptyTables } from './dataset.js';
import { sortRecords } from './sort-records.js';

/**
 * The units that are edited, versioned and recorded in the changelog. An agreement owns its parties,
 * sources, provisions and outgoing relations; an official tally owns its sources; the curation log is one
 * document; a hard-connectivity row (partner and year, id "KEN-2015") is its own record.
 */
export const AGGREGATE_TYPES = [
  'agreement',
  'institution',
  'organisation',
  'tally',
  'curation_log',
  'hard_connectivity',
] as const;
export type AggregateType = (typeof AGGREGATE_TYPES)[number];

export type PartyItem = Omit<PartyRecord, 'agreement_id'>;
export type SourceItem = Omit<SourceRecord, 'subject_type' | 'subject_id'>;
export type ProvisionItem = Omit<ProvisionRecord, 'agreement_id'>;
export type RelationItem = Omit<RelationRecord, 'agreement_id'>;

export interface AgreementAggregate extends AgreementRecord {
  readonly parties: readonly PartyItem[];
  readonly sources: readonly SourceItem[];
  readonly provisions: readonly ProvisionItem[];
  readonly relations: readonly RelationItem[];
}

export interface TallyAggregate extends OfficialTallyRecord {
  readonly sources: readonly SourceItem[];
}

export interface CurationLogAggregate {
  readonly rows: readonly CurationEntryRecord[];
}

export interface Aggregates {
  readonly agreement: ReadonlyMap<string, AgreementAggregate>;
  readonly institution: ReadonlyMap<string, InstitutionRecord>;
  readonly organisation: ReadonlyMap<string, OrganisationRecord>;
  readonly tally: ReadonlyMap<string, TallyAggregate>;
  readonly curation_log: ReadonlyMap<string, CurationLogAggregate>;
  readonly hard_connectivity: ReadonlyMap<string, HardConnectivityRecord>;
}

/** The record id of a hard-connectivity row: partner and year, e.g. "KEN-2015". */
export function hardConnectivityId(row: Pick<HardConnectivityRecord, 'partner' | 'year'>): string {
  return `${row.partner}-${row.year}`;
}

export const CURATION_LOG_ID = 'curation-log';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function sourceItem({ subject_type: _t, subject_id: _s, ...item }: SourceRecord): SourceItem {
  return item;
}

/** Groups the tables of a dataset into aggregates, keyed by id. */
export function toAggregates(dataset: Dataset): Aggregates {
  const t = dataset.tables;
  // Child rows are grouped in canonical order so that equal data always gives equal aggregates.
  const parties = groupBy(sortRecords('parties', t.parties), (p) => p.agreement_id);
  const sources = groupBy(sortRecords('sources', t.sources), (s) => `${s.subject_type}:${s.subject_id}`);
  const provisions = groupBy(sortRecords('provisions', t.provisions), (p) => p.agreement_id);
  const relations = groupBy(sortRecords('relations', t.relations), (r) => r.agreement_id);
  return {
    agreement: new Map(
      t.agreements.map((a) => [
        a.id,
        {
          ...a,
          parties: (parties.get(a.id) ?? []).map(({ agreement_id: _a, ...p }) => p),
          sources: (sources.get(`agreement:${a.id}`) ?? []).map(sourceItem),
          provisions: (provisions.get(a.id) ?? []).map(({ agreement_id: _a, ...p }) => p),
          relations: (relations.get(a.id) ?? []).map(({ agreement_id: _a, ...r }) => r),
        },
      ]),
    ),
    institution: new Map(t.institutions.map((i) => [i.id, i])),
    organisation: new Map(t.organisations.map((o) => [o.code, o])),
    tally: new Map(
      t.official_tallies.map((o) => [
        o.id,
        { ...o, sources: (sources.get(`tally:${o.id}`) ?? []).map(sourceItem) },
      ]),
    ),
    curation_log: new Map([[CURATION_LOG_ID, { rows: sortRecords('curation_log', t.curation_log) }]]),
    hard_connectivity: new Map(
      sortRecords('hard_connectivity', t.hard_connectivity).map((row) => [hardConnectivityId(row), row]),
    ),
  };
}

/**
 * The official tallies with their sources, as `toAggregates(dataset).tally` holds them (same order, same
 * sources in the same order), without grouping the agreements' rows: every reader of a release wants its
 * tallies, and at scale the agreements' rows are most of the work.
 */
export function tallyAggregates(dataset: Dataset): TallyAggregate[] {
  const t = dataset.tables;
  const sources = groupBy(
    sortRecords(
      'sources',
      t.sources.filter((source) => source.subject_type === 'tally'),
    ),
    (source) => source.subject_id,
  );
  return t.official_tallies.map((o) => ({ ...o, sources: (sources.get(o.id) ?? []).map(sourceItem) }));
}

/** Flattens aggregates back into the tables of a dataset (unsorted). */
export function fromAggregates(version: string, aggregates: Aggregates): Dataset {
  const t = emptyTables();
  for (const { parties, sources, provisions, relations, ...agreement } of aggregates.agreement.values()) {
    t.agreements.push(agreement);
    for (const party of parties) t.parties.push({ agreement_id: agreement.id, ...party });
    for (const source of sources)
      t.sources.push({ ...source, subject_type: 'agreement', subject_id: agreement.id });
    for (const provision of provisions) t.provisions.push({ agreement_id: agreement.id, ...provision });
    for (const relation of relations) t.relations.push({ agreement_id: agreement.id, ...relation });
  }
  t.institutions.push(...aggregates.institution.values());
  t.organisations.push(...aggregates.organisation.values());
  for (const { sources, ...tally } of aggregates.tally.values()) {
    t.official_tallies.push(tally);
    for (const source of sources) t.sources.push({ ...source, subject_type: 'tally', subject_id: tally.id });
  }
  for (const log of aggregates.curation_log.values()) t.curation_log.push(...log.rows);
  t.hard_connectivity.push(...aggregates.hard_connectivity.values());
  return { version, tables: t };
}
