import type { HardKind, HardSector } from '@sco/core';
import type { HardEntry } from '../hard-entry.js';
import { HardInputError } from '../hard-input-error.js';
import type { HardReader } from './hard-reader.js';
import { parseWholeMillions } from './parse-amount.js';
import { readCells } from './read-cells.js';

const NAME = 'China Global Investment Tracker';
const URL = 'https://www.aei.org/china-global-investment-tracker/';

/** Header names, as in the tracker's editions; the entity column was renamed "Investor" in later ones. */
const COLUMNS = {
  year: ['Year'],
  amount: ['Quantity in Millions'],
  sector: ['Sector'],
  country: ['Country'],
  bri: ['BRI'],
  kind: ['Dataset', 'Type'],
  entity: ['Chinese Entity', 'Investor'],
} as const;
const REQUIRED = ['year', 'amount', 'sector', 'country', 'entity'] as const;

function sectorOf(sector: string): HardSector {
  const lower = sector.trim().toLowerCase();
  if (lower === 'energy') return 'energy';
  if (lower === 'transport') return 'transport';
  return 'other';
}

/** Investment or construction where the file says so (a "Dataset"/"Type" column); otherwise unstated. */
function kindOf(text: string | undefined): HardKind {
  const lower = (text ?? '').toLowerCase();
  if (lower.includes('construction')) return 'construction';
  if (lower.includes('investment')) return 'investment';
  return 'unspecified';
}

/**
 * The China Global Investment Tracker (American Enterprise Institute and The Heritage Foundation) as it is
 * distributed: a spreadsheet or its CSV export, with title and copyright lines before the header row.
 */
export const cgitReader: HardReader = {
  id: 'cgit',
  description: 'China Global Investment Tracker spreadsheet (.xlsx) or its CSV export',
  async read({ file, bytes, edition }) {
    const rows = await readCells({ file, bytes, edition });
    const headerIndex = rows.findIndex(
      (row) => row.some((cell) => cell.trim() === 'Year') && row.some((cell) => cell.trim() === 'Country'),
    );
    if (headerIndex < 0)
      throw new HardInputError(
        file,
        null,
        null,
        'no header row with "Year" and "Country": not a China Global Investment Tracker export',
      );
    const header = (rows[headerIndex] ?? []).map((cell) => cell.trim());
    const find = (names: readonly string[]) => header.findIndex((cell) => names.includes(cell));
    const at = Object.fromEntries(
      Object.entries(COLUMNS).map(([key, names]) => [key, find(names)]),
    ) as Record<keyof typeof COLUMNS, number>;
    for (const key of REQUIRED)
      if (at[key] < 0)
        throw new HardInputError(file, headerIndex + 1, COLUMNS[key].join('" or "'), 'missing column');
    const entries: HardEntry[] = [];
    rows.slice(headerIndex + 1).forEach((row, offset) => {
      const line = headerIndex + 2 + offset;
      if (row.every((cell) => cell.trim() === '')) return;
      const cell = (index: number) => (row[index] ?? '').trim();
      const yearText = cell(at.year);
      if (!/^\d{4}$/.test(yearText))
        throw new HardInputError(file, line, 'Year', `expected a year, found "${yearText}"`);
      const amountText = row[at.amount] ?? '';
      const amount = parseWholeMillions(amountText);
      if (amount === null)
        throw new HardInputError(
          file,
          line,
          'Quantity in Millions',
          `expected an amount in whole USD millions (e.g. "$ 1,740"), found "${amountText.trim()}"`,
        );
      const country = cell(at.country);
      if (country === '') throw new HardInputError(file, line, 'Country', 'the country is empty');
      const bri = at.bri < 0 ? '' : cell(at.bri);
      if (!['', '0', '1'].includes(bri))
        throw new HardInputError(file, line, 'BRI', `expected 1, 0 or empty, found "${bri}"`);
      entries.push({
        line,
        country,
        country_column: 'Country',
        year: Number(yearText),
        kind: kindOf(at.kind < 0 ? undefined : cell(at.kind)),
        sector: sectorOf(cell(at.sector)),
        amount_usd_m: amount,
        deals: 1,
        bri: bri === '' ? null : bri === '1',
      });
    });
    if (entries.length === 0)
      throw new HardInputError(file, null, null, 'the file has a header but no deals');
    return {
      entries,
      unit: 'deals',
      source: {
        name: NAME,
        citation: `${NAME}, American Enterprise Institute and The Heritage Foundation, edition ${edition}`,
        url: URL,
      },
    };
  },
};
