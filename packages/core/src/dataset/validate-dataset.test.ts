import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../testing/sample-dataset.js';
import { toRawDataset, withCell } from '../testing/raw-dataset.js';
import type { RawDataset } from './parse-tables.js';
import { formatProblem } from './problem.js';
import { validateRawDataset } from './validate-dataset.js';

function problemsOf(raw: RawDataset): string[] {
  const result = validateRawDataset(raw);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const valid = toRawDataset(sampleDataset());

describe('validateRawDataset', () => {
  it('accepts the sample dataset', () => {
    const result = validateRawDataset(valid);
    expect(result.ok && result.dataset.tables.agreements.map((a) => a.id)).toEqual([
      'sac-din-2006',
      'sac-din-2012',
      'sac-arso-2021',
    ]);
  });

  it('reports every problem of a row with its file, line and field', () => {
    let raw = withCell(valid, 'agreements', 1, 'signed_date', '2012-13');
    raw = withCell(raw, 'agreements', 1, 'type', 'treaty');
    raw = withCell(raw, 'agreements', 1, 'sectors', '43;4x');
    expect(problemsOf(raw)).toEqual([
      'agreements.csv:3:type: expected one of: mou, cooperation_agreement, joint_initiative, mutual_recognition, standards_sales, standards_portal, twinning, cooperation_commission, action_plan, other',
      'agreements.csv:3:signed_date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD between 1949 and 2100',
      expect.stringMatching(/^agreements\.csv:3:sectors\[1\]: expected each item to be one of: 01, 03/),
      // the broken agreement drops out, so its parties, source and relation dangle: reported too
      expect.stringMatching(/^parties\.csv:4:agreement_id: unknown agreement "sac-din-2012"/),
      expect.stringMatching(/^parties\.csv:5:agreement_id: unknown agreement "sac-din-2012"/),
      expect.stringMatching(/^relations\.csv:2:agreement_id: unknown agreement "sac-din-2012"/),
      expect.stringMatching(/^sources\.csv:3:subject_id: unknown agreement "sac-din-2012"/),
    ]);
  });

  it('finds unknown countries, duplicate ids, dangling references and missing sources', () => {
    let raw = withCell(valid, 'institutions', 1, 'jurisdiction', 'XYZ');
    raw = withCell(raw, 'agreements', 2, 'id', 'sac-din-2006');
    raw = withCell(raw, 'parties', 5, 'institution_id', 'bsi');
    raw = withCell(raw, 'sources', 1, 'subject_id', 'sac-din-2006');
    const problems = problemsOf(raw);
    expect(problems).toContain(
      'institutions.csv:3:jurisdiction: "XYZ" is neither an ISO 3166-1 alpha-3 country code nor an organisation in organisations.csv',
    );
    expect(problems).toContain('agreements.csv:4:id: duplicate id "sac-din-2006" (first on line 2)');
    expect(problems).toContain('parties.csv:7:institution_id: unknown institution "bsi"');
    expect(problems).toContain(
      'agreements.csv:3:verification: agreement "sac-din-2012" has no source: every record needs at least one',
    );
  });

  it('checks the partners an official claim names', () => {
    const raw = withCell(valid, 'official_tallies', 0, 'partners_named', 'DEU;XYZ;DEU');
    expect(problemsOf(raw)).toEqual([
      'official-tallies.csv:2:partners_named: "XYZ" is neither an ISO 3166-1 alpha-3 country code nor an organisation in organisations.csv',
      'official-tallies.csv:2:partners_named: names a partner twice',
    ]);
  });

  it('checks verification against the sources', () => {
    const raw = withCell(valid, 'agreements', 2, 'verification', 'verified');
    expect(problemsOf(raw)).toEqual([
      'agreements.csv:4:verification: agreement "sac-arso-2021" is "verified" but has neither an official source nor two non-mirror sources from different publishers',
    ]);
  });

  it('checks dates against their basis, and lineage against dates', () => {
    let raw = withCell(valid, 'agreements', 1, 'signed_date', '2005');
    raw = withCell(raw, 'agreements', 2, 'signed_date_basis', 'stated');
    expect(problemsOf(raw)).toEqual([
      'agreements.csv:4:signed_date_basis: must be given exactly when signed_date is (stated or inferred)',
      'relations.csv:2:target_id: "sac-din-2012" (2005) extends "sac-din-2006" but is dated before it (2006-04-10)',
    ]);
  });

  it('checks a superseded status against lineage', () => {
    const raw = withCell(valid, 'agreements', 2, 'status', 'superseded');
    expect(problemsOf(raw)).toEqual([
      'agreements.csv:4:status: agreement "sac-arso-2021" is "superseded" but no agreement renews or replaces it: record the later agreement and its lineage (relations.csv), or code the status by its sources',
    ]);
  });

  it('checks a terminus ante quem: a full date, not before the start of the signature date', () => {
    // sac-din-2012 is dated 2012-03: its period starts on 2012-03-01.
    let raw = withCell(valid, 'agreements', 1, 'signed_no_later_than', '2012-02-29');
    raw = withCell(raw, 'agreements', 0, 'signed_no_later_than', '2006-04');
    // The row with the malformed cell drops out (its parties, sources… then dangle, reported too).
    expect(problemsOf(raw).filter((problem) => problem.startsWith('agreements.csv'))).toEqual([
      'agreements.csv:2:signed_no_later_than: expected a date as YYYY-MM-DD',
      'agreements.csv:3:signed_no_later_than: 2012-02-29 is before signed_date 2012-03 (which starts 2012-03-01): expected a bound on or after the start of the signature date',
    ]);
    // A bound inside the signature date's period, or a bound on an undated record, is accepted.
    raw = withCell(valid, 'agreements', 1, 'signed_no_later_than', '2012-03-01');
    raw = withCell(raw, 'agreements', 2, 'signed_no_later_than', '2021-06-16');
    expect(problemsOf(raw)).toEqual([]);
  });

  it('requires a Chinese party and a partner on the right sides', () => {
    const raw = withCell(valid, 'parties', 1, 'institution_id', 'sac');
    const problems = problemsOf(raw);
    expect(problems).toContain(
      'parties.csv:3:agreement_id: duplicate agreement_id + institution_id "sac-din-2006 / sac" (first on line 2)',
    );
    expect(problems).toContain('parties.csv:3:side: a partner cannot be a Chinese institution ("sac")');
    expect(problems).toContain(
      'agreements.csv:2: agreement "sac-din-2006" has no partner party in parties.csv',
    );
  });

  it('reports wrong columns, missing files and a bad version', () => {
    const agreements = valid.tables.agreements;
    if (!agreements) throw new Error('sample has agreements');
    const raw: RawDataset = {
      version: '1.0',
      tables: {
        ...valid.tables,
        relations: null,
        agreements: { ...agreements, header: [...agreements.header.slice(1), 'colour'] },
      },
    };
    const problems = problemsOf(raw);
    expect(problems).toContain('datapackage.json:version: expected a version such as "1.2.0", found "1.0"');
    expect(problems).toContain('relations.csv: file is missing');
    expect(problems.find((p) => p.startsWith('agreements.csv:1:'))).toMatch(
      /missing column\(s\) id; unknown column\(s\) colour/,
    );
  });

  it('reports a row with the wrong number of cells', () => {
    const parties = valid.tables.parties;
    if (!parties) throw new Error('sample has parties');
    const rows = parties.rows.map((row, i) => (i === 0 ? { ...row, cells: row.cells.slice(0, 2) } : row));
    const problems = problemsOf({ ...valid, tables: { ...valid.tables, parties: { ...parties, rows } } });
    expect(problems).toContain('parties.csv:2: expected 3 cells, found 2');
  });
});
