import type { HardConnectivityRecord } from '@sco/core';
import type { z } from '../openapi/zod.js';
import type { hardSourceSchema } from './hard-citation.schemas.js';

export type HardSource = z.output<typeof hardSourceSchema>;

/** The distinct sources of hard-connectivity rows, in order of their citation. */
export function hardSources(rows: readonly HardConnectivityRecord[]): HardSource[] {
  const sources = new Map<string, HardSource>();
  for (const row of rows) {
    if (sources.has(row.source_citation)) continue;
    sources.set(row.source_citation, {
      name: row.source_name,
      edition: row.source_edition,
      citation: row.source_citation,
      url: row.source_url,
    });
  }
  return [...sources.values()].sort((a, b) => a.citation.localeCompare(b.citation, 'en'));
}
