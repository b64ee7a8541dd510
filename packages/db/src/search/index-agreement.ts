import {
  yearOf,
  type AgreementAggregate,
  type InstitutionRecord,
  type JurisdictionResolver,
} from '@sco/core';
import { delimitedList } from './delimited-list.js';
import { normalizeSearchText } from './normalize-search-text.js';
import { partnerKindOf } from './partner-kind.js';

/** The index columns of an agreement row, computed in JavaScript so that both engines agree. */
export interface AgreementIndex {
  readonly search_text: string;
  readonly sort_title: string;
  readonly signed_year: number | null;
  readonly partner_codes: string;
  readonly partner_regions: string;
  readonly partner_kinds: string;
  readonly sector_codes: string;
}

/** What indexing needs besides the agreement: its parties' institutions and the jurisdictions. */
export interface IndexContext {
  readonly institutions: ReadonlyMap<string, InstitutionRecord>;
  readonly resolve: JurisdictionResolver;
}

/**
 * Separates the fields of search_text, so that a query does not match across two fields: normalised texts,
 * the fields and the query alike, hold no line break.
 */
const FIELD_SEPARATOR = '\n';

/**
 * Computes an agreement's index columns. search_text holds, normalised (see `normalizeSearchText`): the id,
 * both titles, notes, terms, tags; the English name, acronym and original name of every party's
 * institution; and the English, French and Chinese names of every partner jurisdiction. Partner columns
 * list the partner parties' jurisdiction codes, UN M49 regions and kinds; a party whose institution is
 * unknown is left out (the database's foreign key rejects it when the row is written).
 */
export function indexAgreement(agreement: AgreementAggregate, context: IndexContext): AgreementIndex {
  const texts: (string | null)[] = [
    agreement.id,
    agreement.title_en,
    agreement.title_original,
    agreement.notes,
    agreement.terms,
    ...agreement.tags,
  ];
  const codes: string[] = [];
  const regions: string[] = [];
  const kinds: string[] = [];
  for (const party of agreement.parties) {
    const institution = context.institutions.get(party.institution_id);
    if (!institution) continue;
    texts.push(institution.name_en, institution.acronym, institution.name_original);
    if (party.side !== 'partner') continue;
    codes.push(institution.jurisdiction);
    const jurisdiction = context.resolve(institution.jurisdiction);
    if (!jurisdiction) continue;
    texts.push(jurisdiction.names.en, jurisdiction.names.fr, jurisdiction.names.zh);
    if (jurisdiction.region !== null) regions.push(jurisdiction.region);
    kinds.push(partnerKindOf(jurisdiction));
  }
  return {
    search_text: texts
      .filter((text) => text !== null)
      .map(normalizeSearchText)
      .join(FIELD_SEPARATOR),
    sort_title: normalizeSearchText(agreement.title_en),
    signed_year: yearOf(agreement.signed_date),
    partner_codes: delimitedList(codes),
    partner_regions: delimitedList(regions),
    partner_kinds: delimitedList(kinds),
    sector_codes: delimitedList(agreement.sectors),
  };
}
