import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hardTotal } from '@sco/core';
import { replaceHardConnectivity } from '@sco/db';
import { cliActor } from '../actor.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../database.js';
import { aggregateEntries, type Aggregated } from '../hard/aggregate-entries.js';
import { HardInputError } from '../hard/hard-input-error.js';
import { findHardReader, HARD_READERS } from '../hard/readers/readers.js';
import type { CliIo } from '../io.js';

export interface HardImportOptions {
  readonly source: string;
  readonly edition: string;
  readonly dryRun?: boolean;
  readonly allowUnmapped?: boolean;
}

const millions = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

function summary(file: string, deals: number, unit: string, result: Aggregated): string {
  const { records } = result;
  const partners = new Set(records.map((r) => r.partner)).size;
  const sum = (pick: (r: (typeof records)[number]) => number) => records.reduce((s, r) => s + pick(r), 0);
  const years = records.map((r) => r.year);
  const span = years.length === 0 ? 'no years' : `${Math.min(...years)}–${Math.max(...years)}`;
  return (
    `read ${deals} ${unit} from ${file}: ${partners} partners, ${records.length} partner-years (${span}), ` +
    `USD ${millions.format(sum(hardTotal))} m (investment ${millions.format(sum((r) => r.investment_usd_m))}, ` +
    `construction ${millions.format(sum((r) => r.construction_usd_m))}, ` +
    `kind not stated ${millions.format(sum((r) => r.unspecified_usd_m))})\n`
  );
}

/**
 * `sco hard import FILE`: reads an investment file with one of the readers, maps countries to ISO alpha-3,
 * sums per partner and year and writes the table into the draft in one transaction. Every unmapped country
 * name is an error (nothing written) unless --allow-unmapped.
 */
export async function hardImport(io: CliIo, file: string, options: HardImportOptions): Promise<void> {
  const reader = findHardReader(options.source);
  if (!reader)
    throw new CliError(
      `unknown source "${options.source}": expected one of ${HARD_READERS.map((r) => r.id).join(', ')}`,
    );
  const edition = options.edition.trim();
  if (edition === '')
    throw new CliError('--edition must name the edition of the source, e.g. "February 2020"');
  const absolute = path.resolve(io.cwd, file);
  const bytes = await readFile(absolute).catch((error: unknown) => {
    throw new CliError(`${file}: cannot read the file (${(error as Error).message})`);
  });
  let result: Aggregated;
  let entries: number;
  let unit: string;
  try {
    const reading = await reader.read({ file, bytes, edition });
    entries = reading.entries.length;
    unit = reading.unit;
    result = aggregateEntries(reading.entries, reading.source, edition);
  } catch (error) {
    if (error instanceof HardInputError) throw new CliError(error.message);
    throw error;
  }
  io.stdout(summary(file, entries, unit, result));
  if (result.unmapped.length > 0) {
    const lines = result.unmapped.map(
      (u) =>
        `  "${u.name}" (column "${u.column}", line${u.lines.length === 1 ? '' : 's'} ${u.lines.join(', ')})`,
    );
    const list = `${result.unmapped.length} country name${result.unmapped.length === 1 ? '' : 's'} could not be mapped to ISO 3166-1 alpha-3:\n${lines.join('\n')}`;
    if (!options.allowUnmapped)
      throw new CliError(
        `${file}: ${list}\nnothing written; fix the names or pass --allow-unmapped to leave them out`,
      );
    io.stdout(`${list}\nleft out (--allow-unmapped): ${result.skipped} ${unit}\n`);
  }
  if (options.dryRun) {
    io.stdout('dry run: nothing written\n');
    return;
  }
  await withDatabase(io, async ({ db }) => {
    const changes = await replaceHardConnectivity(db, result.records, { actor: cliActor(), now: new Date() });
    const records = new Set(changes.map((c) => c.record_id)).size;
    io.stdout(
      `wrote ${result.records.length} partner-years to the draft: ${records} record${records === 1 ? '' : 's'} changed; ` +
        'they are published with the next release\n',
    );
  });
}
