import type { Lang, Localized } from '../i18n/lang.js';
import type { OrganisationRecord } from '../model/organisation.js';
import type { OrganisationKind } from '../vocabulary/organisation-kind.js';
import { findCountry } from './countries.js';
import type { RegionCode } from './regions.js';

/** A partner at the level the indicators count: a country, or a regional or international organisation. */
export interface Jurisdiction {
  readonly code: string;
  readonly kind: 'country' | 'organisation';
  readonly names: Localized;
  /** UN M49 region, "global" for global organisations, null when unknown. */
  readonly region: RegionCode | null;
  readonly subregion: string | null;
  readonly organisation_kind: OrganisationKind | null;
  /** An international or regional standards body whose work anchors an agreement internationally. */
  readonly international_body: boolean;
}

export type JurisdictionResolver = (code: string) => Jurisdiction | undefined;

/** Resolves jurisdiction codes against the countries list and the data package's organisations. */
export function jurisdictionResolver(organisations: readonly OrganisationRecord[]): JurisdictionResolver {
  const byCode = new Map(organisations.map((o) => [o.code, o]));
  const cache = new Map<string, Jurisdiction | undefined>();
  return (code) => {
    if (cache.has(code)) return cache.get(code);
    let jurisdiction: Jurisdiction | undefined;
    const organisation = byCode.get(code);
    const country = organisation ? undefined : findCountry(code);
    if (organisation) {
      jurisdiction = {
        code,
        kind: 'organisation',
        names: { en: organisation.name_en, fr: organisation.name_fr, zh: organisation.name_zh },
        region: organisation.region,
        subregion: null,
        organisation_kind: organisation.kind,
        international_body: organisation.international_body,
      };
    } else if (country) {
      jurisdiction = {
        code,
        kind: 'country',
        names: country.names,
        region: country.region,
        subregion: country.subregion,
        organisation_kind: null,
        international_body: false,
      };
    }
    cache.set(code, jurisdiction);
    return jurisdiction;
  };
}

export function jurisdictionName(jurisdiction: Jurisdiction, lang: Lang): string {
  return jurisdiction.names[lang];
}
