import { HARD_KINDS, type HardKind } from '@sco/core';
import type { HardEntry } from '../hard-entry.js';
import { HardInputError } from '../hard-input-error.js';
import type { HardReader } from './hard-reader.js';
import { parseWhole } from './parse-amount.js';
import { readCells } from './read-cells.js';

const HEADER = ['partner', 'year', 'kind', 'amount_usd_m', 'deals', 'source'] as const;

/** A plain CSV `partner,year,kind,amount_usd_m,deals,source`, one row per partner, year and kind. */
export const tidyReader: HardReader = {
  id: 'tidy',
  description: 'CSV with the columns partner,year,kind,amount_usd_m,deals,source',
  async read({ file, bytes, edition }) {
    const rows = await readCells({ file, bytes, edition });
    const header = (rows[0] ?? []).map((cell) => cell.trim());
    for (const column of HEADER)
      if (!header.includes(column)) throw new HardInputError(file, 1, column, 'missing column');
    const at = (column: (typeof HEADER)[number]) => header.indexOf(column);
    const entries: HardEntry[] = [];
    let source: string | null = null;
    for (const [offset, row] of rows.slice(1).entries()) {
      const line = offset + 2;
      if (row.every((cell) => cell.trim() === '')) continue;
      const cell = (column: (typeof HEADER)[number]) => (row[at(column)] ?? '').trim();
      const year = cell('year');
      if (!/^\d{4}$/.test(year))
        throw new HardInputError(file, line, 'year', `expected a year, found "${year}"`);
      const kind = cell('kind');
      if (!(HARD_KINDS as readonly string[]).includes(kind))
        throw new HardInputError(
          file,
          line,
          'kind',
          `expected one of ${HARD_KINDS.join(', ')}, found "${kind}"`,
        );
      const amount = parseWhole(cell('amount_usd_m'));
      if (amount === null)
        throw new HardInputError(
          file,
          line,
          'amount_usd_m',
          `expected a whole number of USD millions, found "${cell('amount_usd_m')}"`,
        );
      const deals = cell('deals');
      if (!/^[1-9]\d*$/.test(deals))
        throw new HardInputError(
          file,
          line,
          'deals',
          `expected a whole number of deals ≥ 1, found "${deals}"`,
        );
      const rowSource = cell('source');
      if (rowSource === '') throw new HardInputError(file, line, 'source', 'the source is empty');
      if (source !== null && rowSource !== source)
        throw new HardInputError(
          file,
          line,
          'source',
          `one source per file: "${source}" above, "${rowSource}" here`,
        );
      source = rowSource;
      entries.push({
        line,
        country: cell('partner'),
        country_column: 'partner',
        year: Number(year),
        kind: kind as HardKind,
        sector: 'other',
        amount_usd_m: amount,
        deals: Number(deals),
        bri: null,
      });
    }
    if (source === null) throw new HardInputError(file, null, null, 'the file has a header but no rows');
    return {
      entries,
      unit: 'rows',
      source: { name: source, citation: `${source}, edition ${edition}`, url: null },
    };
  },
};
