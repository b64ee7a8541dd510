import type { Agreement, RelationType } from '@sco/core';
import type { LoadedDataset } from '../reading/dataset-cache.js';

/** A relation seen from its target: `agreement` <relation> the target. */
export interface IncomingRelation {
  readonly agreement: Agreement;
  readonly relation: RelationType;
  readonly note: string | null;
}

/** The agreements of a state by id, and the relations that point at each. */
export interface AgreementIndex {
  readonly byId: ReadonlyMap<string, Agreement>;
  readonly incoming: ReadonlyMap<string, readonly IncomingRelation[]>;
}

const indexes = new WeakMap<LoadedDataset, AgreementIndex>();

/** Indexes agreements by id, with the relations that point at each (in the order of the agreements). */
export function indexAgreements(agreements: readonly Agreement[]): AgreementIndex {
  const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
  const incoming = new Map<string, IncomingRelation[]>();
  for (const agreement of agreements) {
    for (const { relation, target_id, note } of agreement.relations) {
      const list = incoming.get(target_id) ?? [];
      list.push({ agreement, relation, note });
      incoming.set(target_id, list);
    }
  }
  return { byId, incoming };
}

/** The index of a loaded dataset, built once and kept as long as the dataset is cached. */
export function agreementIndex(loaded: LoadedDataset): AgreementIndex {
  const known = indexes.get(loaded);
  if (known) return known;
  const index = indexAgreements(loaded.agreements);
  indexes.set(loaded, index);
  return index;
}
