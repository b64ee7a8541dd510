import {
  agreementTitleIn,
  dataLabel,
  institutionNameIn,
  provisions,
  publisherLabel,
  sourceKindLabel,
  type Agreement,
  type Jurisdiction,
  type Lang,
  type Party,
} from '@sco/core';
import type { AgreementIndex } from './agreement-index.js';
import type { AgreementDetail, AgreementRef, HistoryEntry, LineageLink } from './agreement-detail.schemas.js';

type JurisdictionView = AgreementDetail['partners'][number];
type PartyView = AgreementDetail['parties'][number];
type ProvisionView = AgreementDetail['provisions'][number];

function jurisdictionView(jurisdiction: Jurisdiction): JurisdictionView {
  const { code, kind, names, region, subregion } = jurisdiction;
  return { code, kind, names: { en: names.en, fr: names.fr, zh: names.zh }, region, subregion };
}

function partyView({ side, institution, jurisdiction }: Party, lang: Lang): PartyView {
  const { id, name_en, name_original, acronym, kind } = institution;
  return {
    side,
    institution: {
      id,
      name_en,
      name_label: institutionNameIn(institution, lang),
      name_original,
      acronym,
      kind,
    },
    jurisdiction: jurisdictionView(jurisdiction),
  };
}

function provisionViews(agreement: Agreement): ProvisionView[] {
  const coded = new Map(agreement.provisions.map((item) => [item.provision, item]));
  return provisions.codes.map((provision) => {
    const item = coded.get(provision);
    return item
      ? { provision, status: item.status, evidence: item.evidence, source_id: item.source_id }
      : { provision, status: 'not_coded', evidence: null, source_id: null };
  });
}

/** The title in `lang`, with its language and where it comes from, beside the recorded ones. */
function titleLabel(agreement: Agreement, lang: Lang): Pick<AgreementRef, TitleLabelField> {
  const { title, lang: titleLang, basis } = agreementTitleIn(agreement, lang);
  return { title_label: title, title_label_lang: titleLang, title_label_basis: basis };
}

type TitleLabelField = 'title_label' | 'title_label_lang' | 'title_label_basis';

function ref(agreement: Agreement, lang: Lang): AgreementRef {
  return {
    id: agreement.id,
    title_en: agreement.title_en,
    ...titleLabel(agreement, lang),
    signed: { ...agreement.signed },
  };
}

function link(
  relation: LineageLink['relation'],
  agreement: Agreement,
  note: string | null,
  lang: Lang,
): LineageLink {
  return {
    relation,
    agreement: ref(agreement, lang),
    note,
    note_label: note === null ? null : dataLabel(note, lang),
  };
}

function outgoing(agreement: Agreement, index: AgreementIndex, lang: Lang): LineageLink[] {
  return agreement.relations.map(({ relation, target_id, note }) => {
    const target = index.byId.get(target_id);
    // Relations stay inside a release and point at an agreement of it (a foreign key of the database).
    if (!target) throw new Error(`${agreement.id} ${relation} ${target_id}, which is not in the same state`);
    return link(relation, target, note, lang);
  });
}

/**
 * One agreement as GET /v1/agreements/{id} shows it: its record, resolved parties, codings and lineage, with
 * the texts the data writes in English labelled in `lang` beside the recorded originals.
 */
export function agreementDetail(
  agreement: Agreement,
  index: AgreementIndex,
  version: number,
  history: readonly HistoryEntry[],
  lang: Lang,
): AgreementDetail {
  return {
    id: agreement.id,
    title_en: agreement.title_en,
    title_original: agreement.title_original,
    title_original_lang: agreement.title_original_lang,
    ...titleLabel(agreement, lang),
    type: agreement.type,
    scope: agreement.scope,
    signed_date: agreement.signed_date,
    signed_date_basis: agreement.signed_date_basis,
    signed_no_later_than: agreement.signed_no_later_than,
    status: agreement.status,
    terms: agreement.terms,
    sectors: [...agreement.sectors],
    tags: [...agreement.tags],
    bri_framing: agreement.bri_framing,
    verification: agreement.verification,
    notes: agreement.notes,
    version,
    signed: { ...agreement.signed },
    parties: agreement.parties.map((party) => partyView(party, lang)),
    partners: agreement.partners.map(jurisdictionView),
    sources: agreement.sources.map(({ id, url, publisher, kind, accessed, quote, quote_basis, reposts }) => ({
      id,
      url,
      publisher,
      kind,
      accessed,
      quote,
      quote_basis,
      reposts,
      kind_label: sourceKindLabel(kind, lang),
      publisher_label: publisherLabel(publisher, lang),
    })),
    provisions: provisionViews(agreement),
    lineage: {
      outgoing: outgoing(agreement, index, lang),
      incoming: (index.incoming.get(agreement.id) ?? []).map(({ agreement: from, relation, note }) =>
        link(relation, from, note, lang),
      ),
    },
    history: [...history],
  };
}
