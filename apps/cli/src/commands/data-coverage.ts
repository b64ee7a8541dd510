import {
  assembleAgreements,
  coverageRange,
  jurisdictionResolver,
  namedPartnerGaps,
  type Agreement,
  type Bounds,
  type Dataset,
  type OfficialTallyRecord,
} from '@sco/core';
import type { CliIo } from '../io.js';
import { dataDirOf, readValidDataPackage } from '../read-data-package.js';

export interface DataCoverageOptions {
  readonly dir?: string;
  /** A data package of an earlier release (e.g. written by `sco db export --release 1.0.0`). */
  readonly since?: string;
}

const LEVELS: readonly { readonly label: string; readonly keep: (a: Agreement) => boolean }[] = [
  { label: 'verified', keep: (a) => a.verification === 'verified' },
  { label: 'verified+single_source', keep: (a) => a.verification !== 'unverified' },
  { label: 'all', keep: () => true },
];

const range = ({ lower, upper }: Bounds) => (lower === upper ? `${lower}` : `${lower}–${upper}`);

const signed = (n: number) => (n >= 0 ? `+${n}` : `${n}`);

const change = (now: Bounds, before: Bounds) =>
  now.lower - before.lower === now.upper - before.upper
    ? signed(now.lower - before.lower)
    : `${signed(now.lower - before.lower)}/${signed(now.upper - before.upper)}`;

function cumulative(dataset: Dataset): OfficialTallyRecord[] {
  return dataset.tables.official_tallies
    .filter((tally) => tally.series === 'cumulative' && tally.documents !== null)
    .sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0));
}

function printGaps(io: CliIo, dataset: Dataset, agreements: readonly Agreement[]): void {
  const gaps = namedPartnerGaps(dataset.tables.official_tallies, agreements);
  const resolve = jurisdictionResolver(dataset.tables.organisations);
  const named = new Set(dataset.tables.official_tallies.flatMap((tally) => tally.partners_named)).size;
  io.stdout(
    `partners named by official claims: ${named}; without a standardisation record: ${gaps.length}\n`,
  );
  for (const gap of gaps) {
    const adjacent = gap.adjacent > 0 ? `; ${gap.adjacent} adjacent-scope record(s)` : '';
    io.stdout(
      `  ${gap.code} ${resolve(gap.code)?.names.en ?? gap.code} (named by ${gap.tallies.join(', ')}${adjacent})\n`,
    );
  }
}

/**
 * `sco data coverage`: for every official tally of the cumulative series, the standardisation documents and
 * partners the data identifies up to its date, as a range (a record dated only to a period containing the
 * tally's date counts in the upper bound only, unless its signed_no_later_than settles it; an undated record
 * counts when its signed_no_later_than is on or before the tally, else it is reported as undated), at each
 * verification level; the partners that official
 * claims name and no standardisation record has; with `--since DIR`, the change from that earlier release.
 */
export async function dataCoverage(io: CliIo, options: DataCoverageOptions): Promise<void> {
  const dir = dataDirOf(io, options.dir);
  const dataset = await readValidDataPackage(io, dir);
  const agreements = assembleAgreements(dataset);
  const earlier = options.since ? await readValidDataPackage(io, dataDirOf(io, options.since)) : null;
  const before = earlier ? assembleAgreements(earlier) : [];
  if (earlier) io.stdout(`change since release ${earlier.version} in brackets\n`);
  for (const tally of cumulative(dataset)) {
    io.stdout(
      `${tally.id} (as of ${tally.as_of}): official ${tally.documents ?? '?'} documents, ` +
        `${tally.partners ?? '?'} partners\n`,
    );
    for (const level of LEVELS) {
      const c = coverageRange(agreements.filter(level.keep), tally.as_of);
      let since = '';
      if (earlier) {
        const b = coverageRange(before.filter(level.keep), tally.as_of);
        since = ` (${change(c.documents, b.documents)} documents, ${change(c.partners, b.partners)} partners)`;
      }
      io.stdout(
        `  ${level.label}: ${range(c.documents)} documents, ${range(c.partners)} partners, ` +
          `${c.undated} undated${since}\n`,
      );
    }
  }
  printGaps(io, dataset, agreements);
}
