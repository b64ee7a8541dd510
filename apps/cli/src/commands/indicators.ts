import path from 'node:path';
import {
  assembleAgreements,
  assembleTallies,
  computeAllIndicators,
  DEFAULT_INDICATOR_FILTER,
  isLang,
  LANGS,
  type Dataset,
  type Lang,
} from '@sco/core';
import { getRelease, latestRelease, loadDataset } from '@sco/db';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../database.js';
import { formatHardSummary } from '../hard-summary.js';
import { formatIndicatorSummary } from '../indicator-summary.js';
import type { CliIo } from '../io.js';
import { readValidDataPackage } from '../read-data-package.js';

export interface IndicatorsOptions {
  readonly json?: boolean;
  readonly lang: string;
  readonly adjacent?: boolean;
  readonly release?: string;
  readonly dir?: string;
  readonly groups?: boolean;
}

const NOTES: Readonly<Record<Lang, (adjacent: boolean) => string>> = {
  en: (adjacent) =>
    `Each figure on verified rows, on verified + single-source rows and on all rows; ${adjacent ? 'adjacent scopes included' : 'standardisation only (adjacent scopes excluded)'}.`,
  fr: (adjacent) =>
    `Chaque chiffre sur les lignes vérifiées, vérifiées + source unique, et toutes ; ${adjacent ? 'domaines connexes inclus' : 'normalisation seule (domaines connexes exclus)'}.`,
  zh: (adjacent) =>
    `每项数值分别按已核实、已核实加单一来源、全部记录计算；${adjacent ? '包括相关领域' : '仅限标准化（不含相关领域）'}。`,
};

/** Prints every indicator for a dataset, as a table or as JSON. */
export function printIndicators(
  io: CliIo,
  dataset: Dataset,
  options: IndicatorsOptions,
  source: string,
): void {
  const lang = options.lang;
  if (!isLang(lang)) throw new CliError(`unknown language "${lang}": expected one of ${LANGS.join(', ')}`);
  const filter = { ...DEFAULT_INDICATOR_FILTER, include_adjacent: options.adjacent === true };
  const results = computeAllIndicators({
    agreements: assembleAgreements(dataset),
    tallies: assembleTallies(dataset),
    filter,
  });
  if (options.json) {
    io.stdout(
      `${JSON.stringify({ release: dataset.version, source, filter, indicators: results }, null, 2)}\n`,
    );
    return;
  }
  io.stdout(`Indicators — ${source}\n${NOTES[lang](filter.include_adjacent)}\n\n`);
  io.stdout(`${formatIndicatorSummary(results, lang, { groups: options.groups === true })}\n`);
  const hard = formatHardSummary(dataset, lang);
  if (hard !== '') io.stdout(`\n${hard}`);
}

/** `sco indicators`: every indicator of the latest release (or `--release`, or a data package `--dir`). */
export async function indicators(io: CliIo, options: IndicatorsOptions): Promise<void> {
  if (!isLang(options.lang))
    throw new CliError(`unknown language "${options.lang}": expected one of ${LANGS.join(', ')}`);
  if (options.dir) {
    const dir = path.resolve(io.cwd, options.dir);
    const dataset = await readValidDataPackage(io, dir);
    printIndicators(io, dataset, options, `data package ${dir}, version ${dataset.version}`);
    return;
  }
  await withDatabase(io, async ({ db }) => {
    const release = options.release ? await getRelease(db, options.release) : await latestRelease(db);
    if (!release) {
      throw new CliError(
        options.release
          ? `there is no release ${options.release}`
          : 'the database has no release yet: import data/ first (`pnpm sco db import`), or pass --dir data',
      );
    }
    printIndicators(io, await loadDataset(db, release.id), options, `release ${release.id}`);
  });
}
