import { jurisdictionResolver, type Jurisdiction } from '../geo/jurisdiction.js';
import type { DateBasis } from '../model/agreement.js';
import type { InstitutionRecord } from '../model/institution.js';
import { precisionOf, yearOf, type DatePrecision } from '../model/partial-date.js';
import type { Side } from '../vocabulary/side.js';
import type { AgreementAggregate, TallyAggregate } from './aggregates.js';
import { tallyAggregates, toAggregates } from './aggregates.js';
import type { Dataset } from './dataset.js';

export interface SignedDate {
  /** Partial ISO date ("2017", "2017-05", "2017-05-14") or null when undated. */
  readonly date: string | null;
  readonly precision: DatePrecision;
  readonly basis: DateBasis | null;
  readonly year: number | null;
}

export interface Party {
  readonly side: Side;
  readonly institution: InstitutionRecord;
  readonly jurisdiction: Jurisdiction;
}

/** An agreement with everything the indicators and the API need resolved. */
export interface Agreement extends Omit<AgreementAggregate, 'parties'> {
  readonly signed: SignedDate;
  readonly parties: readonly Party[];
  /** Distinct partner jurisdictions, in the order of the parties. */
  readonly partners: readonly Jurisdiction[];
}

export class UnresolvedReferenceError extends Error {
  override readonly name = 'UnresolvedReferenceError';
}

/** Joins a validated dataset into agreements with resolved parties and partners. */
export function assembleAgreements(dataset: Dataset): Agreement[] {
  const aggregates = toAggregates(dataset);
  const resolve = jurisdictionResolver(dataset.tables.organisations);
  const institutions = aggregates.institution;
  return [...aggregates.agreement.values()].map((aggregate) => {
    const parties = aggregate.parties.map((party): Party => {
      const institution = institutions.get(party.institution_id);
      if (!institution) throw new UnresolvedReferenceError(`unknown institution "${party.institution_id}"`);
      const jurisdiction = resolve(institution.jurisdiction);
      if (!jurisdiction)
        throw new UnresolvedReferenceError(`unknown jurisdiction "${institution.jurisdiction}"`);
      return { side: party.side, institution, jurisdiction };
    });
    const partners = new Map<string, Jurisdiction>();
    for (const party of parties)
      if (party.side === 'partner') partners.set(party.jurisdiction.code, party.jurisdiction);
    return {
      ...aggregate,
      signed: {
        date: aggregate.signed_date,
        precision: precisionOf(aggregate.signed_date),
        basis: aggregate.signed_date_basis,
        year: yearOf(aggregate.signed_date),
      },
      parties,
      partners: [...partners.values()],
    };
  });
}

export function assembleTallies(dataset: Dataset): TallyAggregate[] {
  return tallyAggregates(dataset);
}
