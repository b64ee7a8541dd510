import type { PartnerAgreementStats } from '@sco/core';
import { sql } from 'kysely';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';

/**
 * A jurisdiction that is a partner in at least one agreement of a partition, with the stats of its
 * agreements in headline scope (standardisation) and with the adjacent scopes.
 */
export interface PartnerStats extends PartnerAgreementStats {
  readonly code: string;
}

interface StatsRow {
  code: string;
  count: number | string;
  first_signed: string | null;
  latest_signed: string | null;
  undated: number | string;
  headline_count: number | string;
  headline_first: string | null;
  headline_latest: string | null;
  headline_undated: number | string;
}

/**
 * The partners of a partition with the stats of their agreements (GET /v1/partners), in one grouped query
 * instead of the assembled partition: each partner party's institution's jurisdiction, each agreement once
 * per jurisdiction (two institutions of one country count one agreement), counted in total and in headline
 * scope. A partial date's text sorts as core's `comparePartialDates` does (a coarser date before the finer
 * ones inside it), so the first and latest dates are the text's min and max. Rows by code.
 */
export async function partnerAgreementStats(db: Executor, partition: Partition): Promise<PartnerStats[]> {
  assertPartition(partition);
  const headline = sql`t.scope = 'standardisation'`;
  const { rows } = await sql<StatsRow>`
    select t.code,
      count(*) as count,
      min(t.signed_date) as first_signed,
      max(t.signed_date) as latest_signed,
      sum(case when t.signed_date is null then 1 else 0 end) as undated,
      sum(case when ${headline} then 1 else 0 end) as headline_count,
      min(case when ${headline} then t.signed_date end) as headline_first,
      max(case when ${headline} then t.signed_date end) as headline_latest,
      sum(case when ${headline} and t.signed_date is null then 1 else 0 end) as headline_undated
    from (
      select distinct i.jurisdiction as code, a.id, a.scope, a.signed_date
      from agreements a
      cross join parties p
      cross join institutions i
      where a.release_id = ${partition}
        and p.release_id = a.release_id and p.agreement_id = a.id and p.side = 'partner'
        and i.release_id = p.release_id and i.id = p.institution_id
    ) t
    group by t.code
    order by t.code`.execute(db);
  return rows.map((row) => ({
    code: row.code,
    headline: {
      count: Number(row.headline_count),
      first_signed: row.headline_first,
      latest_signed: row.headline_latest,
      undated: Number(row.headline_undated),
    },
    with_adjacent: {
      count: Number(row.count),
      first_signed: row.first_signed,
      latest_signed: row.latest_signed,
      undated: Number(row.undated),
    },
  }));
}
