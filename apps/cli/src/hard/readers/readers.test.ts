import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HardInputError } from '../hard-input-error.js';
import { fixturePath } from '../test-support/fixture-path.js';
import { cgitReader } from './cgit-reader.js';
import { parseWholeMillions } from './parse-amount.js';
import { findHardReader } from './readers.js';
import { tidyReader } from './tidy-reader.js';

const edition = 'February 2020';

async function cgitCsv(text: string, file = 'deals.csv') {
  return cgitReader.read({ file, bytes: Buffer.from(text), edition });
}

async function failure(work: Promise<unknown>): Promise<HardInputError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof HardInputError)) throw new Error(`expected a HardInputError, got ${String(error)}`);
  return error;
}

const HEADER =
  'Year,Month,Chinese Entity,Quantity in Millions,Share size,Transaction Party,Sector,Subsector,Country,Region,BRI,Greenfield';

describe('parseWholeMillions', () => {
  it.each([
    ['$\t1.740', 1740],
    [' $ 1,740 ', 1740],
    ['1740', 1740],
    ['$\t500', 500],
    ['$ 12.300.000', 12300000],
  ])('reads %j as %d', (text, value) => {
    expect(parseWholeMillions(text)).toBe(value);
  });

  it.each(['$ 1.7', 'n/a', '', '1.74'])('rejects %j', (text) => {
    expect(parseWholeMillions(text)).toBeNull();
  });
});

describe('cgit reader', () => {
  it('reads the CSV export past its title lines, amounts, BRI and sectors', async () => {
    const bytes = await readFile(fixturePath('cgit-synthetic.csv'));
    const reading = await cgitReader.read({ file: 'cgit-synthetic.csv', bytes, edition });
    expect(reading.entries.map((e) => [e.line, e.country, e.year, e.amount_usd_m, e.sector, e.bri])).toEqual([
      [7, 'Britain', 2012, 1740, 'energy', null],
      [8, 'Britain', 2012, 500, 'transport', null],
      [9, 'DRC', 2014, 1200, 'other', true],
      [10, 'Congo', 2014, 300, 'energy', false],
      [11, 'Russian Federation', 2015, 250, 'transport', true],
    ]);
    expect(reading.entries.every((e) => e.kind === 'unspecified' && e.deals === 1)).toBe(true);
    expect(reading.source.citation).toBe(
      'China Global Investment Tracker, American Enterprise Institute and The Heritage Foundation, edition February 2020',
    );
  });

  it('reads a spreadsheet whose entity column is called "Investor"', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dataset 1+2');
    sheet.addRow(['Synthetic test workbook (invented rows, not real data)']);
    sheet.addRow(['© Synthetic rows for tests only']);
    sheet.addRow([]);
    sheet.addRow([
      'Year',
      'Month',
      'Investor',
      'Quantity in Millions',
      'Share Size',
      'Transaction Party',
      'Sector',
      'Subsector',
      'Country',
      'Region',
      'BRI',
      'Greenfield',
    ]);
    sheet.addRow([
      2018,
      'May',
      'Entity A',
      1740,
      '100 %',
      'Party',
      'Energy',
      'Gas',
      'UAE',
      'Arab Middle East and North Africa',
      1,
      '',
    ]);
    sheet.addRow([
      2019,
      'June',
      'Entity B',
      '$ 2,150',
      '',
      'Party',
      'Transport',
      '',
      'Trinidad-Tobago',
      'South America',
      '',
      'G',
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const reading = await cgitReader.read({ file: 'tracker.xlsx', bytes, edition: 'Spring 2024' });
    expect(reading.entries.map((e) => [e.line, e.country, e.year, e.amount_usd_m, e.bri])).toEqual([
      [5, 'UAE', 2018, 1740, true],
      [6, 'Trinidad-Tobago', 2019, 2150, null],
    ]);
  });

  it('names file, line and column of a non-numeric amount', async () => {
    const error = await failure(cgitCsv(`Title\n${HEADER}\n2015,May,E,$ 1.7,,P,Energy,,Kenya,Africa,,\n`));
    expect(error.message).toBe(
      'deals.csv, line 3, column "Quantity in Millions": expected an amount in whole USD millions (e.g. "$ 1,740"), found "$ 1.7"',
    );
  });

  it('names a missing column', async () => {
    const error = await failure(
      cgitCsv(`${HEADER.replace('Sector', 'Branch')}\n2015,May,E,500,,P,Energy,,Kenya,Africa,,\n`),
    );
    expect(error.message).toBe('deals.csv, line 1, column "Sector": missing column');
  });

  it('refuses an empty file, an unknown format and a file without the header', async () => {
    expect((await failure(cgitCsv(''))).message).toBe('deals.csv: the file is empty');
    expect((await failure(cgitCsv('a,b\n', 'deals.txt'))).message).toMatch(
      /^deals\.txt: unknown format "\.txt"/,
    );
    expect((await failure(cgitCsv('a,b\n1,2\n'))).message).toMatch(/no header row with "Year" and "Country"/);
  });
});

describe('tidy reader', () => {
  it('reads partner, year, kind, amount, deals and source', async () => {
    const bytes = await readFile(fixturePath('tidy-synthetic.csv'));
    const reading = await tidyReader.read({ file: 'tidy.csv', bytes, edition: '1' });
    expect(reading.entries.map((e) => [e.line, e.country, e.year, e.kind, e.amount_usd_m, e.deals])).toEqual([
      [2, 'KEN', 2016, 'construction', 3200, 2],
      [3, 'KEN', 2016, 'investment', 150, 1],
      [4, 'Laos', 2017, 'investment', 400, 1],
    ]);
    expect(reading.source.name).toBe('Synthetic test rows (not real data)');
  });

  it('names the line and column of a bad kind or amount, and a missing column', async () => {
    const read = (text: string) => tidyReader.read({ file: 't.csv', bytes: Buffer.from(text), edition: '1' });
    const header = 'partner,year,kind,amount_usd_m,deals,source\n';
    expect((await failure(read(`${header}KEN,2016,loan,10,1,S\n`))).message).toBe(
      't.csv, line 2, column "kind": expected one of investment, construction, unspecified, found "loan"',
    );
    expect((await failure(read(`${header}KEN,2016,investment,ten,1,S\n`))).message).toMatch(
      /^t\.csv, line 2, column "amount_usd_m": expected a whole number/,
    );
    expect((await failure(read('partner,year,kind,deals,source\n'))).message).toBe(
      't.csv, line 1, column "amount_usd_m": missing column',
    );
  });
});

describe('findHardReader', () => {
  it('knows cgit and tidy, and nothing else', () => {
    expect(findHardReader('cgit')).toBe(cgitReader);
    expect(findHardReader('tidy')).toBe(tidyReader);
    expect(findHardReader('aiddata')).toBeUndefined();
  });
});
