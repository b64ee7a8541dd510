import { provisions, RENEWAL_RELATIONS, type ProvisionCode, type TraitCounts } from '@sco/core';
import { sql, type AliasedRawBuilder, type RawBuilder } from 'kysely';

const agreement = sql`agreements.release_id = x.release_id and agreements.id = x.agreement_id`;
const TRAIT_NAMES = ['renewal', 'anchored', 'mutual_recognition', 'recognition_only', 'coded'] as const;

/** The bit of each provision in `t_provisions`; `CODED` is set when the agreement has any provision row. */
const BIT: Readonly<Record<string, number>> = Object.fromEntries(
  provisions.codes.map((code, i) => [code, 2 ** i]),
);
const CODED = 2 ** provisions.codes.length;

/**
 * The per-agreement trait columns of a query over `agreements`, by name: `t_renewal` (1 with a renewal
 * relation, else 0), `t_body` (1 with a partner that is an international body, one of
 * `internationalBodies`) and `t_provisions`, a bit mask of the provisions coded present (`BIT`) with
 * `CODED` set when any provision is coded: three correlated lookups by the tables' primary keys.
 */
function traitExpressions(internationalBodies: readonly string[]): Record<string, RawBuilder<number>> {
  const bits = provisions.codes.map((code) => sql`when ${code} then ${sql.lit(BIT[code])}`);
  return {
    t_renewal: sql<number>`case when exists (select 1 from relations x where ${agreement}
      and x.relation in (${sql.join(RENEWAL_RELATIONS)})) then 1 else 0 end`,
    t_provisions: sql<number>`(select coalesce(sum(case when x.status = 'present'
      then case x.provision ${sql.join(bits, sql` `)} else 0 end else 0 end), 0)
      + case when count(*) > 0 then ${sql.lit(CODED)} else 0 end from provisions x where ${agreement})`,
    t_body:
      internationalBodies.length === 0
        ? sql<number>`0`
        : sql<number>`case when exists (select 1 from parties x, institutions i where ${agreement}
          and x.side = 'partner' and i.release_id = x.release_id and i.id = x.institution_id
          and i.jurisdiction in (${sql.join(internationalBodies)})) then 1 else 0 end`,
  };
}

/** The trait columns of `traitExpressions`, aliased by name, for a derived table. */
export function traitColumns(internationalBodies: readonly string[]): AliasedRawBuilder<number, string>[] {
  return Object.entries(traitExpressions(internationalBodies)).map(([name, expression]) =>
    expression.as(name),
  );
}

/**
 * The condition of each field of `TraitCounts` on an agreement, as core reads it (`anchoring.ts`,
 * `renewal.ts`, `agreement-provisions.ts`), over its trait columns and type (`column`): coded and each
 * provision from the bits of `t_provisions`; anchored = body or joint international work or international
 * basis; mutual = type `mutual_recognition` or the provision;
 * recognition only = (mutual or one-way adoption) and not anchored.
 */
function traitConditions(column: (name: string) => RawBuilder<unknown>): [string, RawBuilder<unknown>][] {
  const on = (name: string) => sql`${column(name)} = 1`;
  const bit = (value: number | undefined) => sql`(${column('t_provisions')} & ${sql.lit(value ?? 0)}) <> 0`;
  const mutual = sql`(${column('type')} = 'mutual_recognition' or ${bit(BIT['mutual_recognition'])})`;
  const anchored = sql`(${on('t_body')} or ${bit(BIT['joint_international_work'])}
    or ${bit(BIT['international_basis'])})`;
  return [
    ['renewal', on('t_renewal')],
    ['anchored', anchored],
    ['mutual_recognition', mutual],
    ['recognition_only', sql`(${mutual} or ${bit(BIT['one_way_adoption'])}) and not ${anchored}`],
    ['coded', bit(CODED)],
    ...provisions.codes.map((code): [string, RawBuilder<unknown>] => [`p_${code}`, bit(BIT[code])]),
  ];
}

/** The trait sums over a derived table `t` of `traitColumns` (and `type`), named as `traitCountsOf` reads. */
export function traitSums(): AliasedRawBuilder<number, string>[] {
  return traitConditions((name) => sql.ref(`t.${name}`)).map(([name, condition]) =>
    sql<number>`sum(case when ${condition} then 1 else 0 end)`.as(name),
  );
}

/**
 * The trait counts of a grouped query over `agreements` joined to other rows (an agreement in several
 * rows of a group): each trait's distinct agreements, named as `traitCountsOf` reads.
 */
export function distinctTraitCounts(
  internationalBodies: readonly string[],
): AliasedRawBuilder<number, string>[] {
  const expressions = traitExpressions(internationalBodies);
  const column = (name: string) => expressions[name] ?? sql.ref(`agreements.${name}`);
  return traitConditions(column).map(([name, condition]) =>
    sql<number>`count(distinct case when ${condition} then agreements.id end)`.as(name),
  );
}

/** The `TraitCounts` of a row of trait sums (numbers or numeric strings, as each driver returns them). */
export function traitCountsOf(row: Readonly<Record<string, unknown>>): TraitCounts {
  const number = (name: string) => Number(row[name] ?? 0);
  return {
    ...(Object.fromEntries(TRAIT_NAMES.map((name) => [name, number(name)])) as Record<
      (typeof TRAIT_NAMES)[number],
      number
    >),
    provisions: Object.fromEntries(provisions.codes.map((code) => [code, number(`p_${code}`)])) as Record<
      ProvisionCode,
      number
    >,
  };
}

/** The trait counts of two counts together. */
export function addTraits(a: TraitCounts, b: TraitCounts): TraitCounts {
  return {
    ...(Object.fromEntries(TRAIT_NAMES.map((name) => [name, a[name] + b[name]])) as Record<
      (typeof TRAIT_NAMES)[number],
      number
    >),
    provisions: Object.fromEntries(
      provisions.codes.map((code) => [code, a.provisions[code] + b.provisions[code]]),
    ) as Record<ProvisionCode, number>,
  };
}
