import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assembleAgreements,
  checkIntegrity,
  computeIndicator,
  assembleTallies,
  comparedWithData,
  countedIndicator,
  countNeeds,
  DEFAULT_INDICATOR_FILTER,
  indicatorFilterSchema,
  INDICATORS,
  isCountable,
  type Agreement,
  type Dataset,
} from '@sco/core';
import { roundedValues } from '@sco/core/testing';
import { loadDataPackage } from '@sco/datapackage';
import {
  createDb,
  importDataset,
  listAgreements,
  loadAgreementNeighbourhood,
  loadDataset,
  migrateToLatest,
  readCountRows,
  readCountRowsAgainst,
  type AgreementQuery,
  type Db,
} from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/scale/generate.mjs';

/**
 * The short version of the scale benchmark (bench/scale): a synthetic dataset of 10,000 agreements, imported
 * on every engine, read back through the queries the benchmark times. Checks the generator and the
 * answers, never the speed.
 */
const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const COUNT = 10_000;
const NOW = { actor: 'test', now: new Date('2026-12-05T00:00:00.000Z') };

let dataset: Dataset;
beforeAll(async () => {
  const real = await loadDataPackage(path.join(rootDir, 'data'));
  if (!real.ok) throw new Error('data/ is invalid');
  dataset = generateDataset(real.dataset, { count: COUNT, seed: 42 });
});

describe('the synthetic generator', () => {
  it('gives a valid dataset, the same for the same seed, marked synthetic in every record', async () => {
    const t = dataset.tables;
    expect(t.agreements).toHaveLength(COUNT);
    expect(checkIntegrity(dataset)).toEqual([]);
    for (const agreement of t.agreements) {
      expect(agreement.id.startsWith('synthetic-')).toBe(true);
      expect(agreement.tags).toContain('synthetic');
      expect(agreement.notes).toMatch(/^Synthetic benchmark record/u);
    }
    for (const source of t.sources.filter((s) => s.subject_type === 'agreement')) {
      expect(source.url.startsWith('https://example.invalid/synthetic/')).toBe(true);
    }
    const real = await loadDataPackage(path.join(rootDir, 'data'));
    if (!real.ok) throw new Error('data/ is invalid');
    expect(generateDataset(real.dataset, { count: 200, seed: 42 })).toEqual(
      generateDataset(real.dataset, { count: 200, seed: 42 }),
    );
    expect(generateDataset(real.dataset, { count: 200, seed: 43 }).tables.agreements).not.toEqual(
      generateDataset(real.dataset, { count: 200, seed: 42 }).tables.agreements,
    );
    const partnersPer = new Map<string, number>();
    for (const party of t.parties.filter((p) => p.side === 'partner')) {
      partnersPer.set(party.agreement_id, (partnersPer.get(party.agreement_id) ?? 0) + 1);
    }
    expect([...partnersPer.values()].filter((n) => n > 1).length).toBeGreaterThan(COUNT / 100);
    expect(t.agreements.filter((a) => a.signed_date === null).length).toBeGreaterThan(0);
    expect(t.agreements.filter((a) => a.signed_date?.length === 4).length).toBeGreaterThan(0);
    expect(t.relations.length).toBeGreaterThan(0);
    expect(t.provisions.length).toBeGreaterThan(0);
  });
});

const databases = await testDatabases();

describe.each(databases)('the scale queries at 10,000 agreements on $dialect', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const instance = await database.create();
    drop = () => instance.drop();
    db = createDb(instance.config);
    await migrateToLatest(db.db);
    const imported = await importDataset(db.db, dataset, NOW);
    expect(imported.ok).toBe(true);
  }, 300_000);
  afterAll(async () => {
    await db.close();
    await drop();
  });

  async function allPages(query: Omit<AgreementQuery, 'limit' | 'cursor'>): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listAgreements(db.db, '9.0.0', {
        ...query,
        limit: 500,
        ...(cursor ? { cursor } : {}),
      });
      if (cursor === null) expect(page.total).toBeGreaterThan(0);
      ids.push(...page.items.map((item) => item.id));
      cursor = page.next;
    } while (cursor !== null);
    return ids;
  }

  it('pages through every agreement signed from 2010 once, newest first, to the deep pages', async () => {
    const ids = await allPages({ from: 2010, sort: '-signed_date', include_adjacent: true });
    const expected = dataset.tables.agreements.filter(
      (a) => a.signed_date !== null && Number(a.signed_date.slice(0, 4)) >= 2010,
    );
    expect(ids).toHaveLength(expected.length);
    expect(new Set(ids)).toEqual(new Set(expected.map((a) => a.id)));
    const dates = ids.map((id) => dataset.tables.agreements.find((a) => a.id === id)?.signed_date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  }, 120_000);

  it('finds a partner and a search text exactly as the records say', async () => {
    const institutions = new Map(dataset.tables.institutions.map((i) => [i.id, i]));
    const withDeu = new Set(
      dataset.tables.parties
        .filter((p) => p.side === 'partner' && institutions.get(p.institution_id)?.jurisdiction === 'DEU')
        .map((p) => p.agreement_id),
    );
    expect(withDeu.size).toBeGreaterThan(0);
    expect(new Set(await allPages({ partner: 'DEU', include_adjacent: true, sort: 'id' }))).toEqual(withDeu);
    const railway = dataset.tables.agreements.filter((a) => a.title_en.toLowerCase().includes('railway'));
    expect(railway.length).toBeGreaterThan(0);
    const found = new Set(await allPages({ q: 'Railway', include_adjacent: true, sort: 'id' }));
    for (const agreement of railway) expect(found.has(agreement.id)).toBe(true);
    const rows = await db.db
      .selectFrom('agreements')
      .select(['id', 'search_text'])
      .where('release_id', '=', '9.0.0')
      .execute();
    const expected = rows.filter((row) => row.search_text.split('\n').some((f) => f.includes('railway')));
    expect(found.size).toBe(expected.length);
  }, 120_000);

  it('reads one agreement and its lineage by key as the whole assembled release has them', async () => {
    const whole = assembleAgreements(await loadDataset(db.db, '9.0.0'));
    const incoming = (agreements: readonly Agreement[], id: string) =>
      agreements.flatMap((a) =>
        a.relations.filter((r) => r.target_id === id).map((r) => `${a.id} ${r.relation} ${r.note ?? ''}`),
      );
    const sample = whole.filter(
      (a, i) => i % 97 === 0 || (a.relations.length > 0 && i % 7 === 0) || a.partners.length > 2,
    );
    expect(sample.filter((a) => a.relations.length > 0).length).toBeGreaterThan(10);
    for (const expected of sample.slice(0, 400)) {
      const near = await loadAgreementNeighbourhood(db.db, '9.0.0', expected.id);
      if (!near) throw new Error(`${expected.id} not found by key`);
      const assembled = assembleAgreements(near);
      expect(assembled.find((a) => a.id === expected.id)).toEqual(expected);
      for (const { target_id } of expected.relations) {
        const {
          parties: _p,
          partners: _q,
          relations: _r,
          sources: _s,
          provisions: _v,
          ...record
        } = whole.find((a) => a.id === target_id) ?? expected;
        expect(assembled.find((a) => a.id === target_id)).toMatchObject(record);
      }
      expect(incoming(assembled, expected.id)).toEqual(incoming(whole, expected.id));
    }
  }, 120_000);

  it('computes every countable indicator and breakdown from grouped SQL as the assembled release computes them', async () => {
    const dataset = await loadDataset(db.db, '9.0.0');
    const agreements = assembleAgreements(dataset);
    const tallies = assembleTallies(dataset);
    const filters = [
      {},
      { year_from: 2012, year_to: 2021, include_adjacent: true },
      { partner: ['DEU', 'RUS'], type: ['mou'] },
      { region: ['150'], bri: ['explicit'] },
      { sector: ['35', '93'], year_to: 2015 },
      { partner: ['DEU', 'KAZ', 'PAK'], region: ['142'], year_from: 2015 },
      { partner_kind: ['national_standards_body', 'government_ministry'], region: ['150', '002'] },
    ];
    const counted = INDICATORS.flatMap((indicator) =>
      [null, ...indicator.group_bys]
        .filter((groupBy) => isCountable(indicator.id, groupBy))
        .map((groupBy) => ({ id: indicator.id, groupBy })),
    );
    expect(counted.length).toBeGreaterThan(40);
    for (const input of filters) {
      const filter = indicatorFilterSchema.parse(input);
      for (const { id, groupBy } of counted) {
        const expected = computeIndicator(id, { agreements, tallies, filter, group_by: groupBy });
        if (!expected.ok) throw new Error(expected.problem.message);
        const rows = await readCountRows(db.db, '9.0.0', filter, groupBy, countNeeds(id));
        const result = countedIndicator(id, expected.result.unit, filter, groupBy, rows);
        expect(roundedValues(result), `${id} by ${groupBy} ${JSON.stringify(input)}`).toEqual(
          roundedValues(expected.result),
        );
      }
    }
  }, 900_000);

  it('counts the coverage of every cumulative tally together as the assembled release computes it against each', async () => {
    const dataset = await loadDataset(db.db, '9.0.0');
    const agreements = assembleAgreements(dataset);
    const tallies = assembleTallies(dataset).filter(comparedWithData);
    expect(tallies.length).toBeGreaterThanOrEqual(4);
    const filter = DEFAULT_INDICATOR_FILTER;
    const rows = await readCountRowsAgainst(db.db, '9.0.0', filter, countNeeds('coverage'), tallies);
    expect(rows).toHaveLength(tallies.length);
    for (const [at, tally] of tallies.entries()) {
      const expected = computeIndicator('coverage', { agreements, tallies: [tally], filter, group_by: null });
      if (!expected.ok) throw new Error(expected.problem.message);
      const counted = rows[at];
      if (counted === undefined) throw new Error(`no rows for ${tally.id}`);
      const result = countedIndicator('coverage', expected.result.unit, filter, null, counted);
      expect(roundedValues(result), tally.id).toEqual(roundedValues(expected.result));
    }
  }, 300_000);
});
