import { countryCodeFromName, type HardConnectivityRecord } from '@sco/core';
import type { HardEntry, HardSource } from './hard-entry.js';

/** A country name no mapping knows, with where it appears. */
export interface UnmappedCountry {
  readonly name: string;
  readonly column: string;
  readonly lines: readonly number[];
}

export interface Aggregated {
  readonly records: readonly HardConnectivityRecord[];
  readonly unmapped: readonly UnmappedCountry[];
  /** Entries left out because their country is unmapped. */
  readonly skipped: number;
}

/** Sums entries per partner (ISO alpha-3) and year; entries whose country cannot be mapped are listed. */
export function aggregateEntries(
  entries: readonly HardEntry[],
  source: HardSource,
  edition: string,
): Aggregated {
  const unmapped = new Map<string, { column: string; lines: number[] }>();
  const groups = new Map<string, HardEntry[]>();
  let skipped = 0;
  for (const entry of entries) {
    const code = countryCodeFromName(entry.country);
    if (!code) {
      const known = unmapped.get(entry.country) ?? { column: entry.country_column, lines: [] };
      known.lines.push(entry.line);
      unmapped.set(entry.country, known);
      skipped++;
      continue;
    }
    const key = `${code}|${entry.year}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const records = [...groups.entries()]
    .map(([key, list]): HardConnectivityRecord => {
      const [partner = '', year = '0'] = key.split('|');
      const sum = (pick: (entry: HardEntry) => number) => list.reduce((s, e) => s + pick(e), 0);
      const amountIf = (test: (entry: HardEntry) => boolean) => sum((e) => (test(e) ? e.amount_usd_m : 0));
      const stated = list.some((e) => e.bri !== null);
      return {
        partner,
        year: Number(year),
        investment_usd_m: amountIf((e) => e.kind === 'investment'),
        construction_usd_m: amountIf((e) => e.kind === 'construction'),
        unspecified_usd_m: amountIf((e) => e.kind === 'unspecified'),
        deals: sum((e) => e.deals),
        bri_usd_m: stated ? amountIf((e) => e.bri === true) : null,
        energy_usd_m: amountIf((e) => e.sector === 'energy'),
        transport_usd_m: amountIf((e) => e.sector === 'transport'),
        other_usd_m: amountIf((e) => e.sector === 'other'),
        source_name: source.name,
        source_edition: edition,
        source_citation: source.citation,
        source_url: source.url,
      };
    })
    .sort((a, b) => a.partner.localeCompare(b.partner) || a.year - b.year);
  return {
    records,
    unmapped: [...unmapped.entries()]
      .map(([name, { column, lines }]) => ({ name, column, lines }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    skipped,
  };
}
