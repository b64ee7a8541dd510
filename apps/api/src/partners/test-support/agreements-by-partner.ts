import type { TestApp } from '../../test-support/test-app.js';

/** The agreements of each partner jurisdiction of the real data, straight from the tables. */
export function agreementsByPartner(
  t: TestApp,
  keep: (scope: string) => boolean = () => true,
): Map<string, Set<string>> {
  const { agreements, parties, institutions } = t.dataset.tables;
  const scopeOf = new Map(agreements.map((agreement) => [agreement.id, agreement.scope]));
  const jurisdictionOf = new Map(
    institutions.map((institution) => [institution.id, institution.jurisdiction]),
  );
  const codes = new Map<string, Set<string>>();
  for (const party of parties) {
    const jurisdiction = jurisdictionOf.get(party.institution_id);
    if (
      party.side !== 'partner' ||
      jurisdiction === undefined ||
      !keep(scopeOf.get(party.agreement_id) ?? '')
    )
      continue;
    codes.set(jurisdiction, (codes.get(jurisdiction) ?? new Set()).add(party.agreement_id));
  }
  return codes;
}
