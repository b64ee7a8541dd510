import type { Agreement } from '../dataset/assemble.js';
import type { OfficialTallyRecord } from '../model/official-tally.js';

/** A partner that an official claim names and that has no standardisation record in the data. */
export interface NamedPartnerGap {
  /** Jurisdiction code (ISO 3166-1 alpha-3 or organisation code). */
  readonly code: string;
  /** The tallies whose claim names it, in the order given. */
  readonly tallies: readonly string[];
  /** Its records of an adjacent scope (metrology, accreditation…), which do not count for the tallies. */
  readonly adjacent: number;
}

/**
 * The partners named by official claims (`partners_named`) that no standardisation record has as a partner,
 * at any date and verification level: what the data misses by the claims' own words. Sorted by code.
 */
export function namedPartnerGaps(
  tallies: readonly Pick<OfficialTallyRecord, 'id' | 'partners_named'>[],
  agreements: readonly Agreement[],
): NamedPartnerGap[] {
  const recorded = new Set<string>();
  const adjacent = new Map<string, number>();
  for (const agreement of agreements) {
    for (const partner of agreement.partners) {
      if (agreement.scope === 'standardisation') recorded.add(partner.code);
      else adjacent.set(partner.code, (adjacent.get(partner.code) ?? 0) + 1);
    }
  }
  const naming = new Map<string, string[]>();
  for (const tally of tallies) {
    for (const code of tally.partners_named) {
      if (recorded.has(code)) continue;
      naming.set(code, [...(naming.get(code) ?? []), tally.id]);
    }
  }
  return [...naming.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, ids]) => ({ code, tallies: ids, adjacent: adjacent.get(code) ?? 0 }));
}
