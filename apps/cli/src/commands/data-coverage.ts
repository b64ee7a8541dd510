import {
  assembleAgreements,
  jurisdictionResolver,
  namedPartnerGaps,
  tallyCoverageRows,
  VERIFICATION_BASES,
  type Agreement,
  type Bounds,
  type Dataset,
  type VerificationBasis,
} from '@sco/core';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../io.js';
import { dataDirOf, readValidDataPackage } from '../read-data-package.js';
import { readBaseline, type BaselineChoice } from './coverage-baseline.js';

export interface DataCoverageOptions {
  readonly dir?: string;
  /** A data package of an earlier release (e.g. written by `sco db export --release 1.0.0`). */
  readonly since?: string;
  /** A release in the database: its id, or true for the latest one other than the data's own version. */
  readonly sinceRelease?: string | true;
}

const LABELS: Readonly<Record<VerificationBasis, string>> = {
  verified: 'verified',
  verified_single: 'verified+single_source',
  all: 'all',
};

const range = ({ lower, upper }: Bounds) => (lower === upper ? `${lower}` : `${lower}–${upper}`);

const signed = (n: number) => (n >= 0 ? `+${n}` : `${n}`);

const change = ({ lower, upper }: Bounds) =>
  lower === upper ? signed(lower) : `${signed(lower)}/${signed(upper)}`;

function baselineOf(options: DataCoverageOptions): BaselineChoice | null {
  if (options.since !== undefined && options.sinceRelease !== undefined)
    throw new CliError('--since and --since-release name the earlier release twice: give one of them');
  if (options.since !== undefined) return { kind: 'dir', dir: options.since };
  if (options.sinceRelease !== undefined)
    return { kind: 'release', id: options.sinceRelease === true ? null : options.sinceRelease };
  return null;
}

function printGaps(
  io: CliIo,
  dataset: Dataset,
  agreements: readonly Agreement[],
  earlier: { readonly version: string; readonly agreements: readonly Agreement[] } | null,
): void {
  const gaps = namedPartnerGaps(dataset.tables.official_tallies, agreements);
  const resolve = jurisdictionResolver(dataset.tables.organisations);
  const named = new Set(dataset.tables.official_tallies.flatMap((tally) => tally.partners_named)).size;
  const before = earlier
    ? ` (${namedPartnerGaps(dataset.tables.official_tallies, earlier.agreements).length} in release ${earlier.version})`
    : '';
  io.stdout(
    `partners named by official claims: ${named}; without a standardisation record: ${gaps.length}${before}\n`,
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
 * verification level (core's tallyCoverageRows, as the overview brief and the landing page give it); the
 * partners that official claims name and no standardisation record has; with `--since-release [ID]` or
 * `--since DIR`, the change from an earlier release (against the tallies of the data checked).
 */
export async function dataCoverage(io: CliIo, options: DataCoverageOptions): Promise<void> {
  const choice = baselineOf(options);
  const dataset = await readValidDataPackage(io, dataDirOf(io, options.dir));
  const agreements = assembleAgreements(dataset);
  const baseline = choice ? await readBaseline(io, choice, dataset.version) : null;
  const earlier = baseline ? { version: baseline.version, agreements: assembleAgreements(baseline) } : null;
  if (earlier) io.stdout(`change since release ${earlier.version} in brackets\n`);
  for (const row of tallyCoverageRows(dataset.tables.official_tallies, agreements, earlier?.agreements)) {
    const { tally } = row;
    io.stdout(
      `${tally.id} (as of ${tally.as_of}): official ${tally.documents ?? '?'} documents, ` +
        `${tally.partners ?? '?'} partners\n`,
    );
    for (const basis of VERIFICATION_BASES) {
      const c = row.bounds[basis];
      const moved = row.change?.[basis];
      const since = moved
        ? ` (${change(moved.documents)} documents, ${change(moved.partners)} partners)`
        : '';
      io.stdout(
        `  ${LABELS[basis]}: ${range(c.documents)} documents, ${range(c.partners)} partners, ` +
          `${c.undated} undated${since}\n`,
      );
    }
  }
  printGaps(io, dataset, agreements, earlier);
}
