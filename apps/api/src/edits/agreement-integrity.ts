import {
  checkIntegrity,
  emptyTables,
  fromAggregates,
  SUPERSEDING_RELATIONS,
  type AgreementAggregate,
  type Dataset,
  type IntegrityProblem,
} from '@sco/core';
import type { InvalidParam } from '../http/problem.js';

/** The tables an agreement aggregate owns rows in. */
const OWNED = ['agreements', 'parties', 'sources', 'provisions', 'relations'] as const;
type Owned = (typeof OWNED)[number];

export interface EditedDataset {
  readonly dataset: Dataset;
  /** Where the edited agreement's rows start in each table it owns rows in (they come last). */
  readonly starts: Readonly<Record<Owned, number>>;
}

/**
 * The draft as an edit would leave it: the agreement's rows removed, then its new rows (none for a deletion)
 * appended at the end of each table, so that a duplicate key is reported on the edited agreement's row.
 */
export function applyEdit(draft: Dataset, id: string, next: AgreementAggregate | null): EditedDataset {
  const t = draft.tables;
  const rest = {
    agreements: t.agreements.filter((row) => row.id !== id),
    parties: t.parties.filter((row) => row.agreement_id !== id),
    sources: t.sources.filter((row) => row.subject_type !== 'agreement' || row.subject_id !== id),
    provisions: t.provisions.filter((row) => row.agreement_id !== id),
    relations: t.relations.filter((row) => row.agreement_id !== id),
  };
  const added = next
    ? fromAggregates(draft.version, {
        agreement: new Map([[id, next]]),
        institution: new Map(),
        organisation: new Map(),
        tally: new Map(),
        curation_log: new Map(),
        hard_connectivity: new Map(),
      }).tables
    : emptyTables();
  return {
    dataset: {
      version: draft.version,
      tables: {
        ...t,
        agreements: [...rest.agreements, ...added.agreements],
        parties: [...rest.parties, ...added.parties],
        sources: [...rest.sources, ...added.sources],
        provisions: [...rest.provisions, ...added.provisions],
        relations: [...rest.relations, ...added.relations],
      },
    },
    starts: {
      agreements: rest.agreements.length,
      parties: rest.parties.length,
      sources: rest.sources.length,
      provisions: rest.provisions.length,
      relations: rest.relations.length,
    },
  };
}

function isOwned(table: string): table is Owned {
  return (OWNED as readonly string[]).includes(table);
}

/** Whether a problem is on a row of another record that refers to the agreement. */
function refersTo(dataset: Dataset, problem: IntegrityProblem, id: string): boolean {
  if (problem.table === 'relations') return dataset.tables.relations[problem.index]?.target_id === id;
  if (problem.table === 'curation_log')
    return dataset.tables.curation_log[problem.index]?.agreement_id === id;
  return false;
}

/**
 * Core's integrity check of the draft with an agreement created or replaced, reduced to the problems the
 * edit is answerable for, each named by its path in the body: `parties.1.institution_id`,
 * `sources.0.id`, `verification`, or `signed_date` when another agreement's lineage no longer fits its date.
 * Problems elsewhere in the draft are not the edit's.
 */
export function agreementIntegrityProblems(draft: Dataset, agreement: AgreementAggregate): InvalidParam[] {
  const { dataset, starts } = applyEdit(draft, agreement.id, agreement);
  return checkIntegrity(dataset).flatMap((problem): InvalidParam[] => {
    const { table, index, field, message } = problem;
    if (isOwned(table) && index >= starts[table]) {
      const name =
        table === 'agreements'
          ? (field ?? 'parties')
          : [table, index - starts[table], ...(field === null ? [] : [field])].join('.');
      // Core words its checks for data/'s files; the parties of an API edit are in its body.
      return [{ name, in: 'body', reason: message.replace(/ in parties\.csv$/, '') }];
    }
    if (refersTo(dataset, problem, agreement.id))
      return [{ name: 'signed_date', in: 'body', reason: message }];
    return [];
  });
}

/** One record that refers to an agreement, in words: "agreement x renews it". */
function referrer(dataset: Dataset, problem: IntegrityProblem): string {
  if (problem.table === 'relations') {
    const relation = dataset.tables.relations[problem.index];
    if (relation) return `agreement ${relation.agreement_id} ${relation.relation} it`;
  }
  if (problem.table === 'curation_log') {
    const entry = dataset.tables.curation_log[problem.index];
    if (entry)
      return `the curation log records it (${entry.research_file}, research row ${entry.research_row ?? 'none'}, ${entry.action})`;
  }
  return problem.message;
}

/**
 * The agreements whose `superseded` status rests on the lineage of `id` (it renews or replaces them): the
 * ones with a status problem once `id` is gone.
 */
function supersededBy(draft: Dataset, after: Dataset, problems: readonly IntegrityProblem[], id: string) {
  const targets = new Set(
    draft.tables.relations
      .filter((relation) => relation.agreement_id === id && SUPERSEDING_RELATIONS.includes(relation.relation))
      .map((relation) => relation.target_id),
  );
  return problems
    .filter((problem) => problem.table === 'agreements' && problem.field === 'status')
    .map((problem) => after.tables.agreements[problem.index]?.id)
    .filter((target): target is string => target !== undefined && targets.has(target));
}

/**
 * What would no longer hold if the agreement were deleted: core's integrity problems on the records that
 * refer to it (other agreements' lineage, the curation log), and the agreements coded `superseded` that
 * only its lineage supersedes, each in words.
 */
export function deletionReferrers(draft: Dataset, id: string): string[] {
  const { dataset } = applyEdit(draft, id, null);
  const problems = checkIntegrity(dataset);
  return [
    ...problems
      .filter((problem) => refersTo(dataset, problem, id))
      .map((problem) => referrer(dataset, problem)),
    ...supersededBy(draft, dataset, problems, id).map(
      (target) => `agreement ${target} is coded superseded, and only this agreement renews or replaces it`,
    ),
  ];
}
