import { emptyTables, toAggregates, type AgreementAggregate, type Dataset } from '@sco/core';
import { agreementRecordOf } from '../rows/agreement-row.js';

/** The table records of one agreement aggregate (its row, parties, sources, provisions and relations). */
export function agreementTables(agreement: AgreementAggregate): Dataset['tables'] {
  const { id } = agreement;
  return {
    ...emptyTables(),
    agreements: [agreementRecordOf(agreement)],
    parties: agreement.parties.map((p) => ({
      agreement_id: id,
      institution_id: p.institution_id,
      side: p.side,
    })),
    sources: agreement.sources.map((s) => ({
      id: s.id,
      subject_type: 'agreement',
      subject_id: id,
      url: s.url,
      publisher: s.publisher,
      kind: s.kind,
      accessed: s.accessed,
      quote: s.quote,
      quote_basis: s.quote_basis,
      reposts: s.reposts,
      curator_note: s.curator_note,
    })),
    provisions: agreement.provisions.map((p) => ({
      agreement_id: id,
      provision: p.provision,
      status: p.status,
      evidence: p.evidence,
      source_id: p.source_id,
    })),
    relations: agreement.relations.map((r) => ({
      agreement_id: id,
      relation: r.relation,
      target_id: r.target_id,
      note: r.note,
    })),
  };
}

/**
 * The aggregate in canonical form, as `toAggregates` builds it: only the record's fields, children in
 * canonical order. Two aggregates with the same content are then equal field by field.
 */
export function canonicalAgreement(agreement: AgreementAggregate): AgreementAggregate {
  const canonical = toAggregates({ version: '0.0.0', tables: agreementTables(agreement) }).agreement.get(
    agreement.id,
  );
  if (!canonical) throw new Error(`unreachable: agreement ${agreement.id} lost in toAggregates`);
  return canonical;
}
