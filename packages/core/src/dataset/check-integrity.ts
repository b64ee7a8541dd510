import { findCountry } from '../geo/countries.js';
import { partialDatePeriod } from '../model/partial-date.js';
import type { SourceRecord } from '../model/source.js';
import { isOfficialSource } from '../vocabulary/source-kind.js';
import { statusProblems } from './check-status.js';
import type { Verification } from '../vocabulary/verification.js';
import type { Dataset } from './dataset.js';
import { tables, TABLE_NAMES, type TableName } from './tables.js';

/** A problem found across records: which table, which row (index into the table) and which field. */
export interface IntegrityProblem {
  readonly table: TableName;
  readonly index: number;
  readonly field: string | null;
  readonly message: string;
  /** For a duplicate key: the index of the row that has it first. */
  readonly firstIndex?: number;
}

function keyOf(record: Readonly<Record<string, unknown>>, fields: readonly string[]): string {
  return fields
    .map((field) => {
      const value = record[field] ?? '';
      return typeof value === 'string' ? value : JSON.stringify(value);
    })
    .join(' / ');
}

/** Whether the sources support the verification level claimed (see data/README.md, "Verification"). */
export function verificationProblem(
  verification: Verification,
  sources: readonly SourceRecord[],
): string | null {
  if (sources.length === 0) return 'has no source: every record needs at least one';
  if (verification !== 'verified') return null;
  if (sources.some((source) => isOfficialSource(source.kind))) return null;
  const independent = new Set(
    sources.filter((source) => source.kind !== 'mirror').map((source) => source.publisher),
  );
  if (independent.size >= 2) return null;
  return 'is "verified" but has neither an official source nor two non-mirror sources from different publishers';
}

/**
 * Checks what no single row can show: unique keys, references between files, every agreement's parties
 * and sources, verification against sources, lineage, and a status of `superseded` against lineage.
 * Reports every problem.
 */
export function checkIntegrity(dataset: Dataset): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const t = dataset.tables;
  const report = (table: TableName, index: number, field: string | null, message: string) =>
    problems.push({ table, index, field, message });

  for (const name of TABLE_NAMES) {
    const { primaryKey } = tables[name];
    const seen = new Map<string, number>();
    (t[name] as readonly Readonly<Record<string, unknown>>[]).forEach((record, index) => {
      const key = keyOf(record, primaryKey);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        problems.push({
          table: name,
          index,
          field: primaryKey[0] ?? null,
          message: `duplicate ${primaryKey.join(' + ')} "${key}"`,
          firstIndex: first,
        });
    });
  }

  const organisations = new Set(t.organisations.map((o) => o.code));
  const institutions = new Map(t.institutions.map((i) => [i.id, i]));
  const agreements = new Map(t.agreements.map((a) => [a.id, a]));
  const tallies = new Set(t.official_tallies.map((o) => o.id));
  const sourcesById = new Map(t.sources.map((s) => [s.id, s]));

  t.institutions.forEach((institution, index) => {
    const code = institution.jurisdiction;
    if (!findCountry(code) && !organisations.has(code)) {
      report(
        'institutions',
        index,
        'jurisdiction',
        `"${code}" is neither an ISO 3166-1 alpha-3 country code nor an organisation in organisations.csv`,
      );
    }
  });

  const sidesByAgreement = new Map<string, Set<string>>();
  t.parties.forEach((party, index) => {
    if (!agreements.has(party.agreement_id))
      report('parties', index, 'agreement_id', `unknown agreement "${party.agreement_id}"`);
    const institution = institutions.get(party.institution_id);
    if (!institution) {
      report('parties', index, 'institution_id', `unknown institution "${party.institution_id}"`);
      return;
    } else if (party.side === 'chinese' && institution.jurisdiction !== 'CHN') {
      report(
        'parties',
        index,
        'side',
        `a Chinese party must be a Chinese institution; "${institution.id}" is in ${institution.jurisdiction}`,
      );
      return;
    } else if (party.side === 'partner' && institution.jurisdiction === 'CHN') {
      report('parties', index, 'side', `a partner cannot be a Chinese institution ("${institution.id}")`);
      return;
    }
    // Only parties that are right count towards an agreement's sides.
    const sides = sidesByAgreement.get(party.agreement_id) ?? new Set<string>();
    sides.add(party.side);
    sidesByAgreement.set(party.agreement_id, sides);
  });

  const sourcesBySubject = new Map<string, SourceRecord[]>();
  t.sources.forEach((source, index) => {
    const known =
      source.subject_type === 'agreement'
        ? agreements.has(source.subject_id)
        : tallies.has(source.subject_id);
    if (!known)
      report('sources', index, 'subject_id', `unknown ${source.subject_type} "${source.subject_id}"`);
    const key = `${source.subject_type}:${source.subject_id}`;
    sourcesBySubject.set(key, [...(sourcesBySubject.get(key) ?? []), source]);
  });

  t.agreements.forEach((agreement, index) => {
    const sides = sidesByAgreement.get(agreement.id);
    if (!sides?.has('chinese'))
      report('agreements', index, null, `agreement "${agreement.id}" has no Chinese party in parties.csv`);
    if (!sides?.has('partner'))
      report('agreements', index, null, `agreement "${agreement.id}" has no partner party in parties.csv`);
    const problem = verificationProblem(
      agreement.verification,
      sourcesBySubject.get(`agreement:${agreement.id}`) ?? [],
    );
    if (problem) report('agreements', index, 'verification', `agreement "${agreement.id}" ${problem}`);
    if ((agreement.signed_date === null) !== (agreement.signed_date_basis === null)) {
      report(
        'agreements',
        index,
        'signed_date_basis',
        'must be given exactly when signed_date is (stated or inferred)',
      );
    }
    const bound = agreement.signed_no_later_than;
    if (bound !== null && agreement.signed_date !== null) {
      const [start] = partialDatePeriod(agreement.signed_date);
      if (bound < start) {
        report(
          'agreements',
          index,
          'signed_no_later_than',
          `${bound} is before signed_date ${agreement.signed_date} (which starts ${start}): ` +
            'expected a bound on or after the start of the signature date',
        );
      }
    }
    if ((agreement.title_original === null) !== (agreement.title_original_lang === null)) {
      report('agreements', index, 'title_original_lang', 'must be given exactly when title_original is');
    }
    if (new Set(agreement.sectors).size !== agreement.sectors.length)
      report('agreements', index, 'sectors', 'lists a sector twice');
    if (new Set(agreement.tags).size !== agreement.tags.length)
      report('agreements', index, 'tags', 'lists a tag twice');
  });

  for (const { index, message } of statusProblems(t.agreements, t.relations)) {
    report('agreements', index, 'status', message);
  }

  t.official_tallies.forEach((tally, index) => {
    if (tally.documents === null && tally.partners === null) {
      report('official_tallies', index, 'documents', 'a tally needs a number of documents or of partners');
    }
    const problem = verificationProblem(tally.verification, sourcesBySubject.get(`tally:${tally.id}`) ?? []);
    if (problem) report('official_tallies', index, 'verification', `tally "${tally.id}" ${problem}`);
    for (const code of tally.partners_named) {
      if (!findCountry(code) && !organisations.has(code)) {
        report(
          'official_tallies',
          index,
          'partners_named',
          `"${code}" is neither an ISO 3166-1 alpha-3 country code nor an organisation in organisations.csv`,
        );
      }
    }
    if (new Set(tally.partners_named).size !== tally.partners_named.length)
      report('official_tallies', index, 'partners_named', 'names a partner twice');
  });

  t.provisions.forEach((provision, index) => {
    if (!agreements.has(provision.agreement_id))
      report('provisions', index, 'agreement_id', `unknown agreement "${provision.agreement_id}"`);
    if (provision.source_id === null) {
      if (provision.status === 'present')
        report(
          'provisions',
          index,
          'source_id',
          'a provision coded present needs the source of its evidence',
        );
      return;
    }
    const source = sourcesById.get(provision.source_id);
    if (!source) report('provisions', index, 'source_id', `unknown source "${provision.source_id}"`);
    else if (source.subject_type !== 'agreement' || source.subject_id !== provision.agreement_id) {
      report(
        'provisions',
        index,
        'source_id',
        `source "${source.id}" belongs to ${source.subject_type} "${source.subject_id}", not to "${provision.agreement_id}"`,
      );
    }
  });

  t.relations.forEach((relation, index) => {
    const from = agreements.get(relation.agreement_id);
    const to = agreements.get(relation.target_id);
    if (!from) report('relations', index, 'agreement_id', `unknown agreement "${relation.agreement_id}"`);
    if (!to) report('relations', index, 'target_id', `unknown agreement "${relation.target_id}"`);
    if (relation.agreement_id === relation.target_id)
      report('relations', index, 'target_id', 'an agreement cannot relate to itself');
    if (from?.signed_date && to?.signed_date && relation.relation !== 'implements') {
      const width = Math.min(from.signed_date.length, to.signed_date.length);
      if (from.signed_date.slice(0, width) < to.signed_date.slice(0, width)) {
        report(
          'relations',
          index,
          'target_id',
          `"${from.id}" (${from.signed_date}) ${relation.relation} "${to.id}" but is dated before it (${to.signed_date})`,
        );
      }
    }
  });

  t.curation_log.forEach((entry, index) => {
    if (
      entry.agreement_id !== null &&
      !agreements.has(entry.agreement_id) &&
      !tallies.has(entry.agreement_id)
    ) {
      report('curation_log', index, 'agreement_id', `unknown agreement or tally "${entry.agreement_id}"`);
    }
    if (entry.agreement_id === null && entry.action !== 'dropped') {
      report(
        'curation_log',
        index,
        'agreement_id',
        `only a dropped row may have no agreement (action is "${entry.action}")`,
      );
    }
  });

  return problems;
}
