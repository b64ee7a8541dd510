import { assembleAgreements, type Agreement } from '@sco/core';
import { loadAgreementNeighbourhood, type Db } from '@sco/db';
import type { ReadContext } from '../reading/read-context.js';
import { indexAgreements, type AgreementIndex } from './agreement-index.js';

/** One agreement assembled with what its page shows of its neighbours (its lineage, both ways). */
export interface AgreementView {
  readonly agreement: Agreement;
  readonly index: AgreementIndex;
}

/**
 * Reads one agreement and its neighbours by key (see `loadAgreementNeighbourhood`) and assembles them as the
 * whole release would be: the same parties, jurisdictions and lineage, without loading the release.
 */
export async function agreementView(
  db: Db,
  context: ReadContext,
  id: string,
): Promise<AgreementView | undefined> {
  const neighbourhood = await loadAgreementNeighbourhood(db.db, context.partition, id);
  if (!neighbourhood) return undefined;
  const index = indexAgreements(assembleAgreements(neighbourhood));
  const agreement = index.byId.get(id);
  return agreement && { agreement, index };
}
