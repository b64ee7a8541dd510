import { provisions, RENEWAL_RELATIONS, type ProvisionCode, type TraitCounts } from '@sco/core';
import { sql, type AliasedRawBuilder, type RawBuilder } from 'kysely';

const agreement = sql`agreements.release_id = x.release_id and agreements.id = x.agreement_id`;

/** 1 when the agreement has the provision coded present, else 0 (a primary-key lookup). */
function present(code: ProvisionCode): RawBuilder<number> {
  return sql<number>`case when exists (select 1 from provisions x where ${agreement}
    and x.provision = ${code} and x.status = 'present') then 1 else 0 end`;
}

/**
 * The per-agreement trait columns of a query over `agreements` (each 0 or 1), named `t_<trait>` and
 * `p_<provision>`: a renewal relation, a coded provision, a partner that is an international body (one of
 * `internationalBodies`), and each provision coded present. Correlated lookups by the tables' primary keys.
 */
export function traitColumns(internationalBodies: readonly string[]): AliasedRawBuilder<number, string>[] {
  const renewal = sql<number>`case when exists (select 1 from relations x where ${agreement}
    and x.relation in (${sql.join(RENEWAL_RELATIONS)})) then 1 else 0 end`;
  const coded = sql<number>`case when exists (select 1 from provisions x where ${agreement}) then 1 else 0 end`;
  const body =
    internationalBodies.length === 0
      ? sql<number>`0`
      : sql<number>`case when exists (select 1 from parties x, institutions i where ${agreement}
          and x.side = 'partner' and i.release_id = x.release_id and i.id = x.institution_id
          and i.jurisdiction in (${sql.join(internationalBodies)})) then 1 else 0 end`;
  return [
    renewal.as('t_renewal'),
    coded.as('t_coded'),
    body.as('t_body'),
    ...provisions.codes.map((code) => present(code).as(`p_${code}`)),
  ];
}

const col = (name: string) => sql.ref(`t.${name}`);
const sum = (condition: RawBuilder<unknown>) => sql<number>`sum(case when ${condition} then 1 else 0 end)`;
const mutual = sql`(${col('type')} = 'mutual_recognition' or ${col('p_mutual_recognition')} = 1)`;
const anchored = sql`(${col('t_body')} = 1 or ${col('p_joint_international_work')} = 1
  or ${col('p_international_basis')} = 1)`;

/**
 * The sums over the trait columns of `traitColumns` (a derived table `t`), as core reads them
 * (`anchoring.ts`, `renewal.ts`, `agreement-provisions.ts`): named as the fields of `TraitCounts`.
 */
export function traitSums(): AliasedRawBuilder<number, string>[] {
  return [
    sum(sql`${col('t_renewal')} = 1`).as('renewal'),
    sum(anchored).as('anchored'),
    sum(mutual).as('mutual_recognition'),
    sum(sql`(${mutual} or ${col('p_one_way_adoption')} = 1) and not ${anchored}`).as('recognition_only'),
    sum(sql`${col('t_coded')} = 1`).as('coded'),
    ...provisions.codes.map((code) => sum(sql`${col(`p_${code}`)} = 1`).as(`p_${code}`)),
  ];
}

/** The `TraitCounts` of a row of trait sums (numbers or numeric strings, as each driver returns them). */
export function traitCountsOf(row: Readonly<Record<string, unknown>>): TraitCounts {
  const number = (name: string) => Number(row[name] ?? 0);
  return {
    renewal: number('renewal'),
    anchored: number('anchored'),
    mutual_recognition: number('mutual_recognition'),
    recognition_only: number('recognition_only'),
    coded: number('coded'),
    provisions: Object.fromEntries(provisions.codes.map((code) => [code, number(`p_${code}`)])) as Record<
      ProvisionCode,
      number
    >,
  };
}
