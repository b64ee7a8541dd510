import type { IndicatorFilter, InstitutionKind } from '@sco/core';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Partition } from '../partition/partition.js';
import type { DB } from '../schema/database.js';
import type { Executor } from '../transaction.js';
import { jurisdictionsByRegion } from './jurisdictions-by-region.js';

/**
 * The partner filters of an indicator filter as the test one partner party must pass (core's
 * `partyPasses`): its institution's jurisdiction among `jurisdictions` (the `partner` codes that lie in one
 * of the `region`s, or every jurisdiction of those regions; null when neither filter is given) and its
 * kind among `kinds` (`partner_kind`; null when not given). An empty `jurisdictions` lets no party pass.
 */
export interface PartnerTest {
  readonly jurisdictions: readonly string[] | null;
  readonly kinds: readonly InstitutionKind[] | null;
}

/** The partner test of a filter, given the jurisdictions of each region (see `jurisdictionsByRegion`). */
export function partnerTest(
  filter: IndicatorFilter,
  byRegion: ReadonlyMap<string, readonly string[]>,
): PartnerTest {
  const { partner, region, partner_kind } = filter;
  const inRegions = region === undefined ? null : region.flatMap((code) => byRegion.get(code) ?? []);
  const jurisdictions =
    inRegions === null
      ? (partner ?? null)
      : (partner?.filter((code) => inRegions.includes(code)) ?? inRegions);
  return { jurisdictions, kinds: partner_kind ?? null };
}

/** The partner test of a filter; reads the regions' jurisdictions only when the filter names a region. */
export async function readPartnerTest(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
): Promise<PartnerTest> {
  const byRegion =
    filter.region === undefined ? new Map<string, string[]>() : await jurisdictionsByRegion(db, partition);
  return partnerTest(filter, byRegion);
}

/**
 * The agreement has a partner party that passes the test: an EXISTS over its parties and their
 * institutions, read by key (the parties' primary key starts with release and agreement). Written as a
 * cross join with its conditions in WHERE, like the grouped counts over the parties.
 */
export function hasPassingPartner(
  eb: ExpressionBuilder<DB, 'agreements'>,
  test: PartnerTest,
): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom(['parties as p', 'institutions as i'])
      .select(sql<number>`1`.as('one'))
      .where((inner) => {
        const conditions: Expression<SqlBool>[] = [
          inner('p.release_id', '=', inner.ref('agreements.release_id')),
          inner('p.agreement_id', '=', inner.ref('agreements.id')),
          inner('p.side', '=', 'partner'),
          inner('i.release_id', '=', inner.ref('p.release_id')),
          inner('i.id', '=', inner.ref('p.institution_id')),
        ];
        if (test.jurisdictions !== null) conditions.push(inner('i.jurisdiction', 'in', test.jurisdictions));
        if (test.kinds !== null) conditions.push(inner('i.kind', 'in', test.kinds));
        return inner.and(conditions);
      }),
  );
}
