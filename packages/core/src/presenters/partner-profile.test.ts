import { describe, expect, it } from 'vitest';
import { PARTNER_INDICATORS, partnerProfile } from './partner-profile.js';
import { recordingLink, sampleRelease } from './test-support/sample-release.js';

describe('partnerProfile', () => {
  const data = sampleRelease();

  it('gives a partner’s agreements, first and latest, counts, institutions and indicators', () => {
    const profile = partnerProfile(data, { code: 'DEU', lang: 'fr', includeAdjacent: false }, recordingLink);
    expect(profile).not.toBeNull();
    if (!profile) return;
    expect(profile.lang).toBe('fr');
    expect(profile.include_adjacent).toBe(false);
    expect(profile.partner.name).toBe('Allemagne');
    expect(profile.agreements.map((agreement) => agreement.id)).toEqual(['sac-din-2006', 'sac-din-2012']);
    expect(profile.first_agreement).toEqual({
      id: 'sac-din-2006',
      title_en: 'Cooperation agreement, "standards, metrology"',
      title_original: null,
      // The sample's title has no French translation: the English one, marked as the recorded title.
      title_label: 'Cooperation agreement, "standards, metrology"',
      title_label_lang: 'en',
      title_label_basis: 'recorded',
      type: 'cooperation_agreement',
      type_label: 'Accord de coopération',
      scope: 'standardisation',
      scope_label: 'Normalisation',
      signed_date: '2006-04-10',
      signed_precision: 'day',
      signed_date_basis: 'stated',
      signed_no_later_than: null,
      verification: 'verified',
      verification_label: 'Vérifié',
      other_partners: 0,
      href: '/v1/agreements/sac-din-2006',
    });
    expect(profile.latest_agreement?.id).toBe('sac-din-2012');
    expect(profile.by_type).toEqual([
      { key: 'cooperation_agreement', label: 'Accord de coopération', count: 2 },
    ]);
    expect(profile.by_scope).toEqual([{ key: 'standardisation', label: 'Normalisation', count: 2 }]);
    expect(profile.institutions).toEqual([
      {
        id: 'din',
        name_en: 'German Institute for Standardization',
        // In French, the institution's own name (it has no French one); the English name stays beside it.
        name_label: 'Deutsches Institut für Normung',
        name_original: 'Deutsches Institut für Normung',
        acronym: 'DIN',
        kind: 'national_standards_body',
        kind_label: 'Organisme national de normalisation',
        agreements: 2,
      },
    ]);
    expect(profile.indicators.map((indicator) => indicator.id)).toEqual([...PARTNER_INDICATORS]);
    const agreements = profile.indicators[0];
    // Verified: 2006 only; with single-source rows: 2006 and 2012.
    expect(agreements?.values.verified.value).toBe(1);
    expect(agreements?.values.all.value).toBe(2);
    expect(agreements?.range).toBe('1\u00a0à 2');
    expect(agreements?.href).toBe('/v1/indicators/agreements partner=DEU lang=fr');
  });

  it('links the indicators with include_adjacent when the profile includes adjacent scopes', () => {
    const profile = partnerProfile(data, { code: 'ARSO', lang: 'en', includeAdjacent: true }, recordingLink);
    expect(profile?.first_agreement).toBeNull();
    expect(profile?.latest_agreement).toBeNull();
    expect(profile?.agreements.map((agreement) => agreement.id)).toEqual(['sac-arso-2021']);
    expect(profile?.indicators[1]?.href).toBe(
      '/v1/indicators/bri_share partner=ARSO include_adjacent=true lang=en',
    );
  });

  it('is null for a code that is a partner in no agreement', () => {
    expect(
      partnerProfile(data, { code: 'FRA', lang: 'en', includeAdjacent: false }, recordingLink),
    ).toBeNull();
    expect(
      partnerProfile(data, { code: 'CHN', lang: 'en', includeAdjacent: false }, recordingLink),
    ).toBeNull();
  });
});
