import { describe, expect, it } from 'vitest';
import { agreement, BRA, DEU, FRA, KEN, SGP } from '../indicators/test-support/fixtures.js';
import { sequence } from './sequence.js';
import { hardRow } from './test-support/hard-row.js';

const hard = [
  hardRow('BRA', 2005, 100),
  hardRow('BRA', 2019, 100),
  hardRow('DEU', 2006, 200),
  hardRow('DEU', 2008, 300),
  hardRow('DEU', 2012, 400),
  hardRow('DEU', 2013, 100),
  hardRow('FRA', 2007, 50),
  hardRow('FRA', 2010, 250),
  hardRow('KEN', 2018, 500),
  hardRow('SGP', 2007, 100),
  hardRow('SGP', 2014, 300),
];
const agreements = [
  agreement({ id: 'deu-1', partners: [DEU], date: '2010-05' }),
  agreement({ id: 'deu-2', partners: [DEU], date: '2015' }),
  agreement({ id: 'fra', partners: [FRA], date: '2009' }),
  agreement({ id: 'ken', partners: [KEN], date: '2017' }),
  agreement({ id: 'sgp', partners: [SGP], date: '2011' }),
  agreement({ id: 'sgp-unverified', partners: [SGP], date: '2006', verification: 'unverified' }),
  agreement({ id: 'bra-undated', partners: [BRA], date: null }),
];

describe('sequence', () => {
  const result = sequence(agreements, hard, 'verified');

  it('measures the years from the first large deal to the first agreement', () => {
    // DEU 2006 → 2010: +4; FRA's first year ≥ 100 is 2010 (2007 holds 50) → 2009: −1; KEN 2018 → 2017: −1;
    // SGP 2007 → 2011: +4 (the 2006 agreement is unverified); BRA's agreement is undated: left out
    expect(result.partners.map((p) => [p.partner, p.years_between])).toEqual([
      ['DEU', 4],
      ['FRA', -1],
      ['KEN', -1],
      ['SGP', 4],
    ]);
    expect(result).toMatchObject({ n: 4, after: 2, same_year: 0, before: 2, share_after: 0.5 });
    expect(result.coverage).toEqual({ from: 2005, to: 2019 });
  });

  it('compares five years before and after the first agreement inside the covered years', () => {
    // DEU 2010: before 2005–2009 = 200 + 300 = 500; after 2011–2015 = 400 + 100 = 500 → 1
    // SGP 2011: before 2006–2010 = 100; after 2012–2016 = 300 → 3
    // FRA 2009: window starts 2004 < 2005 → none; KEN 2017: window ends 2022 > 2019 → none
    const deu = result.partners.find((p) => p.partner === 'DEU');
    expect(deu).toMatchObject({ before_usd_m: 500, after_usd_m: 500, ratio: 1 });
    expect(result.partners.find((p) => p.partner === 'FRA')?.ratio).toBeNull();
    expect(result.partners.find((p) => p.partner === 'KEN')?.ratio).toBeNull();
    // median of 1 and 3 = 2, n = 2
    expect(result.median_ratio).toBe(2);
    expect(result.ratio_n).toBe(2);
  });

  it('takes earlier agreements in at a wider basis', () => {
    // all: SGP's first agreement is 2006 → 2006 − 2007 = −1
    const all = sequence(agreements, hard, 'all');
    expect(all.partners.find((p) => p.partner === 'SGP')?.years_between).toBe(-1);
    expect(all.after).toBe(1);
  });
});
