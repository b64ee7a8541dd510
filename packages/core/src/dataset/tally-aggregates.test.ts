import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../testing/sample-dataset.js';
import { tallyAggregates, toAggregates } from './aggregates.js';

describe('the tallies of a dataset, without its agreements', () => {
  it('are the tallies of the aggregates: same order, same sources in the same order', () => {
    const sample = sampleDataset();
    const [first] = sample.tables.official_tallies;
    const [source] = sample.tables.sources.filter((s) => s.subject_type === 'tally');
    if (!first || !source) throw new Error('the sample has a tally with a source');
    // A second tally listed first, and tally sources given out of their canonical order, beside agreement
    // sources that name the same id as a tally (a subject is its type and its id).
    const second = { ...first, id: 'tally-second', as_of: '2019-09' };
    const dataset = {
      ...sample,
      tables: {
        ...sample.tables,
        official_tallies: [second, ...sample.tables.official_tallies],
        sources: [
          { ...source, id: 'z-tally-src', subject_id: second.id },
          { ...source, id: 'a-tally-src', subject_id: second.id },
          {
            ...source,
            id: 'agreement-src-named-like-a-tally',
            subject_type: 'agreement' as const,
            subject_id: first.id,
          },
          ...sample.tables.sources,
        ],
      },
    };
    const tallies = tallyAggregates(dataset);
    expect(tallies).toEqual([...toAggregates(dataset).tally.values()]);
    expect(tallies.map((tally) => tally.id)).toEqual(['tally-second', first.id]);
    expect(tallies[0]?.sources.map((s) => s.id)).toEqual(['a-tally-src', 'z-tally-src']);
    expect(tallies[1]?.sources.map((s) => s.id)).toEqual(
      sample.tables.sources
        .filter((s) => s.subject_type === 'tally')
        .map((s) => s.id)
        .sort(),
    );
  });
});
