import { assembleAgreements, coverageRange, type Agreement, type Bounds } from '@sco/core';
import type { CliIo } from '../io.js';
import { dataDirOf, readValidDataPackage } from '../read-data-package.js';

export interface DataCoverageOptions {
  readonly dir?: string;
}

const LEVELS: readonly { readonly label: string; readonly keep: (a: Agreement) => boolean }[] = [
  { label: 'verified', keep: (a) => a.verification === 'verified' },
  { label: 'verified+single_source', keep: (a) => a.verification !== 'unverified' },
  { label: 'all', keep: () => true },
];

const range = ({ lower, upper }: Bounds) => (lower === upper ? `${lower}` : `${lower}–${upper}`);

/**
 * `sco data coverage`: for every official tally of the cumulative series, the standardisation documents and
 * partners the data identifies up to its date, as a range (a record dated only to a period containing the
 * tally's date counts in the upper bound only), at each verification level.
 */
export async function dataCoverage(io: CliIo, options: DataCoverageOptions): Promise<void> {
  const dir = dataDirOf(io, options.dir);
  const dataset = await readValidDataPackage(io, dir);
  const agreements = assembleAgreements(dataset);
  const tallies = dataset.tables.official_tallies
    .filter((tally) => tally.series === 'cumulative' && tally.documents !== null)
    .sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0));
  for (const tally of tallies) {
    io.stdout(
      `${tally.id} (as of ${tally.as_of}): official ${tally.documents ?? '?'} documents, ` +
        `${tally.partners ?? '?'} partners\n`,
    );
    for (const level of LEVELS) {
      const c = coverageRange(agreements.filter(level.keep), tally.as_of);
      io.stdout(
        `  ${level.label}: ${range(c.documents)} documents, ${range(c.partners)} partners, ` +
          `${c.undated} undated\n`,
      );
    }
  }
}
