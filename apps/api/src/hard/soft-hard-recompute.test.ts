import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, rootDir, type TestApp } from '../test-support/test-app.js';

// An independent recomputation of the headline ρ from the shipped CSV files: its own CSV reader, its own
// average ranks and Pearson correlation — nothing of core's.

function readCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text.charAt(i + 1) === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const [header = [], ...body] = records.filter((r) => r.some((cell) => cell !== ''));
  return body.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}

function averageRanksOf(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j++;
    const rank = (i + j) / 2 + 1; // positions i..j share the mean of ranks i+1..j+1
    for (let k = i; k <= j; k++) ranks[order[k]?.index ?? 0] = rank;
    i = j + 1;
  }
  return ranks;
}

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

async function headlineFromFiles(): Promise<{ rho: number; n: number }> {
  const read = async (name: string) => readCsv(await readFile(path.join(rootDir, 'data', name), 'utf8'));
  const [hard, agreements, parties, institutions, organisations] = await Promise.all(
    ['hard-connectivity.csv', 'agreements.csv', 'parties.csv', 'institutions.csv', 'organisations.csv'].map(
      read,
    ),
  );
  const investment = new Map<string, number>();
  for (const row of hard ?? []) {
    const amount =
      Number(row.investment_usd_m) + Number(row.construction_usd_m) + Number(row.unspecified_usd_m);
    investment.set(row.partner ?? '', (investment.get(row.partner ?? '') ?? 0) + amount);
  }
  // Agreements of standardisation scope at every verification level; a partner country counts each
  // agreement it is a party to once.
  const organisationCodes = new Set((organisations ?? []).map((o) => o.code));
  const countryOf = new Map((institutions ?? []).map((i) => [i.id, i.jurisdiction]));
  const counted = new Set((agreements ?? []).filter((a) => a.scope === 'standardisation').map((a) => a.id));
  const pairs = new Set<string>();
  for (const party of parties ?? []) {
    const country = countryOf.get(party.institution_id ?? '');
    if (party.side !== 'partner' || !counted.has(party.agreement_id ?? '') || !country) continue;
    if (organisationCodes.has(country) || country === 'CHN') continue;
    pairs.add(`${country} ${party.agreement_id}`);
  }
  const agreementCount = new Map<string, number>();
  for (const pair of pairs) {
    const country = pair.split(' ')[0] ?? '';
    agreementCount.set(country, (agreementCount.get(country) ?? 0) + 1);
  }
  const partners = [...investment.keys()];
  const xs = partners.map((p) => agreementCount.get(p) ?? 0);
  const ys = partners.map((p) => investment.get(p) ?? 0);
  return { rho: pearson(averageRanksOf(xs), averageRanksOf(ys)), n: partners.length };
}

describe('average ranks and Pearson of this test, by hand', () => {
  it('gives tied values the mean of their ranks and ρ = 1 − 6Σd²/(n(n²−1)) without ties', () => {
    expect(averageRanksOf([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
    // ranks x 1 2 3 4 5, y 2 1 4 3 5: Σd² = 4, ρ = 1 − 24/120 = 0.8
    expect(pearson(averageRanksOf([1, 2, 3, 4, 5]), averageRanksOf([20, 10, 40, 30, 50]))).toBeCloseTo(
      0.8,
      12,
    );
  });
});

describe.each(await testDatabases())('the headline ρ on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('equals an independent computation on the shipped files', async () => {
    const expected = await headlineFromFiles();
    expect(expected.n).toBe(153);
    const res = await request(t.app).get('/v1/indicators/soft-hard').expect(200);
    expect(res.body.headline.n).toBe(expected.n);
    expect(res.body.headline.rho).toBeCloseTo(expected.rho, 12);
    const same = (
      res.body.correlations as { basis: string; population: string; measure: string; rho: number }[]
    ).find((c) => c.basis === 'all' && c.population === 'all_partners' && c.measure === 'agreements');
    expect(same?.rho).toBe(res.body.headline.rho);
  });
});
