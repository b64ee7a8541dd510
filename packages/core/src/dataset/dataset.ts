import type { RecordOf, TableName } from './tables.js';

/** The whole data package: its version (the release id) and every table. */
export interface Dataset {
  readonly version: string;
  readonly tables: { readonly [T in TableName]: readonly RecordOf<T>[] };
}

export function emptyTables(): { -readonly [T in TableName]: RecordOf<T>[] } {
  return {
    organisations: [],
    institutions: [],
    agreements: [],
    parties: [],
    sources: [],
    provisions: [],
    relations: [],
    official_tallies: [],
    curation_log: [],
    hard_connectivity: [],
  };
}
