import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { aggregateEntries } from './aggregate-entries.js';
import { cgitReader } from './readers/cgit-reader.js';
import { fixturePath } from './test-support/fixture-path.js';

describe('aggregateEntries', () => {
  it('sums deals per partner and year with the sector split and BRI share', async () => {
    const bytes = await readFile(fixturePath('cgit-synthetic.csv'));
    const reading = await cgitReader.read({ file: 'f.csv', bytes, edition: 'February 2020' });
    const { records, unmapped, skipped } = aggregateEntries(reading.entries, reading.source, 'February 2020');
    expect(unmapped).toEqual([]);
    expect(skipped).toBe(0);
    // COD 2014: 1,200 real estate (BRI 1) → other 1,200, BRI 1,200
    // COG 2014: 300 energy (BRI 0) → BRI 0
    // GBR 2012: 1,740 energy + 500 transport = 2,240, two deals, BRI not stated → null
    // RUS 2015: 250 transport (BRI 1) → BRI 250
    expect(
      records.map((r) => [
        r.partner,
        r.year,
        r.unspecified_usd_m,
        r.deals,
        r.energy_usd_m,
        r.transport_usd_m,
        r.other_usd_m,
        r.bri_usd_m,
      ]),
    ).toEqual([
      ['COD', 2014, 1200, 1, 0, 0, 1200, 1200],
      ['COG', 2014, 300, 1, 300, 0, 0, 0],
      ['GBR', 2012, 2240, 2, 1740, 500, 0, null],
      ['RUS', 2015, 250, 1, 0, 250, 0, 250],
    ]);
    expect(records[0]).toMatchObject({
      investment_usd_m: 0,
      construction_usd_m: 0,
      source_edition: 'February 2020',
    });
  });

  it('lists every unmapped country name with its lines', () => {
    const entry = {
      country_column: 'Country',
      year: 2015,
      kind: 'investment',
      sector: 'other',
      amount_usd_m: 100,
      deals: 1,
      bri: null,
    } as const;
    const result = aggregateEntries(
      [
        { ...entry, line: 2, country: 'Atlantis' },
        { ...entry, line: 3, country: 'Kenya' },
        { ...entry, line: 4, country: 'Atlantis' },
        { ...entry, line: 5, country: 'Utopia' },
      ],
      { name: 'S', citation: 'S', url: null },
      '1',
    );
    expect(result.unmapped).toEqual([
      { name: 'Atlantis', column: 'Country', lines: [2, 4] },
      { name: 'Utopia', column: 'Country', lines: [5] },
    ]);
    expect(result.skipped).toBe(3);
    expect(result.records.map((r) => r.partner)).toEqual(['KEN']);
  });
});
