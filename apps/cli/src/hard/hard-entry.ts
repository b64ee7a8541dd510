import type { HardKind, HardSector } from '@sco/core';

/** One line of an investment file as a reader understood it, before countries are mapped. */
export interface HardEntry {
  /** Line of the file (1-based) the entry comes from, for messages. */
  readonly line: number;
  /** The country as the file names it ("Britain", "DRC", "KEN"…). */
  readonly country: string;
  /** Column of the country, for messages. */
  readonly country_column: string;
  readonly year: number;
  readonly kind: HardKind;
  readonly sector: HardSector;
  readonly amount_usd_m: number;
  readonly deals: number;
  /** Whether the source marks the deal as Belt and Road; null when it does not say. */
  readonly bri: boolean | null;
}

/** What a file says about its source, to cite beside every figure. */
export interface HardSource {
  readonly name: string;
  readonly citation: string;
  readonly url: string | null;
}

export interface HardReading {
  readonly entries: readonly HardEntry[];
  readonly source: HardSource;
  /** What one entry is: "deals" (cgit) or "rows" (tidy). */
  readonly unit: string;
}
