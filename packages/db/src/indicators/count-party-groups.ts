import {
  jurisdictionResolver,
  UNKNOWN_REGION_KEY,
  UnresolvedReferenceError,
  type IndicatorFilter,
  type PartyGroupBy,
  type PartyGroupCount,
} from '@sco/core';
import { sql, type Expression, type SqlBool } from 'kysely';
import { listOrganisations } from '../organisations/list-organisations.js';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { agreementRowConditions } from './agreement-row-conditions.js';

/**
 * The region of every jurisdiction the institutions of a partition name (`unknown` when it has none), as
 * core resolves them: a small table the query below joins as VALUES. Throws UnresolvedReferenceError for a
 * code that names no country or organisation, as assembling the release would.
 */
async function jurisdictionRegions(db: Executor, partition: Partition): Promise<[string, string][]> {
  const resolve = jurisdictionResolver(await listOrganisations(db, partition));
  const codes = await db
    .selectFrom('institutions')
    .select('jurisdiction')
    .distinct()
    .where('release_id', '=', partition)
    .execute();
  return codes.map(({ jurisdiction }) => {
    const resolved = resolve(jurisdiction);
    if (!resolved) throw new UnresolvedReferenceError(`unknown jurisdiction "${jurisdiction}"`);
    return [jurisdiction, resolved.region ?? UNKNOWN_REGION_KEY];
  });
}

/**
 * The agreements of a partition that pass an indicator filter, but for its year range, counted per group of
 * their partners (see `PartyGroupCount`): by region (a partner's jurisdiction's region, or `unknown`) or by
 * partner kind (its institution's kind). One grouped query over the agreements joined to their partner
 * parties and institutions, each party checked against the partner filters (`partner`, `region`) and each
 * agreement counted once per group; no row is read into memory but the jurisdictions' regions.
 */
export async function countPartyGroups(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  groupBy: PartyGroupBy,
): Promise<PartyGroupCount[]> {
  assertPartition(partition);
  if (filter.partner_kind !== undefined || (filter.partner !== undefined && filter.region !== undefined)) {
    throw new Error('partner_kind, and partner with region, are per party: count them from the agreements');
  }
  const regions = await jurisdictionRegions(db, partition);
  if (regions.length === 0) return [];
  const values = sql.join(regions.map(([code, region]) => sql`(${code}, ${region})`));
  const jurisdictionRegion = sql<{ column1: string; column2: string }>`(values ${values})`.as(
    'jurisdiction_regions',
  );
  const key = groupBy === 'region' ? 'jurisdiction_regions.column2' : 'institutions.kind';
  const rows = await db
    .selectFrom('agreements')
    .innerJoin('parties', (join) =>
      join
        .onRef('parties.release_id', '=', 'agreements.release_id')
        .onRef('parties.agreement_id', '=', 'agreements.id'),
    )
    .innerJoin('institutions', (join) =>
      join
        .onRef('institutions.release_id', '=', 'parties.release_id')
        .onRef('institutions.id', '=', 'parties.institution_id'),
    )
    .innerJoin(jurisdictionRegion, 'jurisdiction_regions.column1', 'institutions.jurisdiction')
    .select((eb) => [
      eb.ref(key).as('key'),
      'agreements.signed_year',
      'agreements.type',
      'agreements.bri_framing',
      'agreements.verification',
      eb.fn.count<number | string | bigint>('agreements.id').distinct().as('count'),
    ])
    .where((eb) => {
      const conditions: Expression<SqlBool>[] = [
        agreementRowConditions(eb, partition, filter),
        eb('parties.side', '=', 'partner'),
      ];
      if (filter.partner !== undefined)
        conditions.push(eb('institutions.jurisdiction', 'in', filter.partner));
      if (filter.region !== undefined)
        conditions.push(eb('jurisdiction_regions.column2', 'in', filter.region));
      return eb.and(conditions);
    })
    .groupBy([
      key,
      'agreements.signed_year',
      'agreements.type',
      'agreements.bri_framing',
      'agreements.verification',
    ])
    .execute();
  return rows.map((row) => ({
    key: row.key,
    signed_year: row.signed_year,
    type: row.type,
    bri_framing: row.bri_framing,
    verification: row.verification,
    count: Number(row.count),
  }));
}
