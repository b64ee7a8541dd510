import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../testing/sample-dataset.js';
import { statusProblems } from './check-status.js';

const { agreements, relations } = sampleDataset().tables;
const [din2006, din2012, arso] = agreements;
if (!din2006 || !din2012 || !arso) throw new Error('the sample has three agreements');

describe('statusProblems', () => {
  it('accepts the sample, whose only lineage is an extension', () => {
    expect(relations.map((r) => r.relation)).toEqual(['extends']);
    expect(statusProblems(agreements, relations)).toEqual([]);
  });

  it('wants an agreement that renews or replaces a superseded one', () => {
    const coded = [{ ...din2006, status: 'superseded' as const }, din2012, arso];
    // Extended is not superseded: the 2006 agreement is still the one the 2012 extension continues.
    expect(statusProblems(coded, relations)).toEqual([
      {
        index: 0,
        message:
          'agreement "sac-din-2006" is "superseded" but no agreement renews or replaces it: record the later ' +
          'agreement and its lineage (relations.csv), or code the status by its sources',
      },
    ]);
    for (const relation of ['renews', 'replaces'] as const) {
      const lineage = relations.map((r) => ({ ...r, relation }));
      expect(statusProblems(coded, lineage)).toEqual([]);
    }
  });

  it('leaves the other statuses to the curators', () => {
    const coded = agreements.map((a, i) => ({
      ...a,
      status: (['in_force', 'expired', 'unknown'] as const)[i] ?? 'unknown',
    }));
    expect(statusProblems(coded, [])).toEqual([]);
  });
});
