import { emptyTables, type Dataset } from '@sco/core';

/**
 * A dataset cut as `importDatasetSlices` takes it: the reference tables and the first `size` agreements (in
 * id order) in the first slice, then `size` agreements per slice, each with its parties, sources,
 * provisions and relations.
 */
export function datasetSlices(dataset: Dataset, size: number): Dataset[] {
  const t = dataset.tables;
  const ids = t.agreements.map((agreement) => agreement.id).sort();
  const sliceOf = new Map(ids.map((id, position) => [id, Math.floor(position / size)]));
  const slices = Array.from({ length: Math.max(1, Math.ceil(ids.length / size)) }, () => emptyTables());
  const [first] = slices;
  if (first === undefined) throw new Error('no slice');
  first.organisations.push(...t.organisations);
  first.institutions.push(...t.institutions);
  first.official_tallies.push(...t.official_tallies);
  first.curation_log.push(...t.curation_log);
  first.hard_connectivity.push(...t.hard_connectivity);
  const of = (id: string) => slices[sliceOf.get(id) ?? 0] ?? first;
  for (const agreement of t.agreements) of(agreement.id).agreements.push(agreement);
  for (const party of t.parties) of(party.agreement_id).parties.push(party);
  for (const provision of t.provisions) of(provision.agreement_id).provisions.push(provision);
  for (const relation of t.relations) of(relation.agreement_id).relations.push(relation);
  for (const source of t.sources) {
    (source.subject_type === 'agreement' ? of(source.subject_id) : first).sources.push(source);
  }
  return slices.map((tables) => ({ version: dataset.version, tables }));
}
