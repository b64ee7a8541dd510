/** A valid new agreement between SAC and DIN (both in the real data/), as POST /v1/agreements takes it. */
export function newAgreement(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title_en: `Test agreement ${id}`,
    type: 'mou',
    scope: 'standardisation',
    signed_date: '2025-03',
    signed_date_basis: 'stated',
    status: 'in_force',
    sectors: ['35'],
    tags: ['test'],
    bri_framing: 'none',
    verification: 'verified',
    parties: [
      { institution_id: 'sac', side: 'chinese' },
      { institution_id: 'din', side: 'partner' },
    ],
    sources: [
      {
        id: `src-${id}-1`,
        url: 'https://www.sac.gov.cn/example',
        publisher: 'SAC',
        kind: 'official',
        accessed: '2026-11-28',
        quote: 'Signed in March 2025',
      },
    ],
    provisions: [
      {
        provision: 'information_exchange',
        status: 'present',
        evidence: 'The parties exchange information on standards',
        source_id: `src-${id}-1`,
      },
    ],
    ...overrides,
  };
}
