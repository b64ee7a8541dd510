import { describe, expect, it } from 'vitest';
import { agreement } from '../test-support/fixtures.js';
import { expectValues, run } from '../test-support/results.js';
import { mutualRecognitionShareIndicator } from './mutual-recognition-share.js';

// a verified       type mutual_recognition
// b verified       mou, provision mutual_recognition present
// c verified       mou, provision mutual_recognition absent
// d single_source  mou, not coded
// e unverified     standards_sales, one_way_adoption present (one-way, not mutual)
const fixture = [
  agreement({ id: 'a', type: 'mutual_recognition' }),
  agreement({ id: 'b', provisions: { mutual_recognition: 'present' } }),
  agreement({ id: 'c', provisions: { mutual_recognition: 'absent' } }),
  agreement({ id: 'd', verification: 'single_source' }),
  agreement({
    id: 'e',
    type: 'standards_sales',
    verification: 'unverified',
    provisions: { one_way_adoption: 'present' },
  }),
];

describe('mutual_recognition_share', () => {
  it('counts recognition by type or by provision over all agreements', () => {
    // verified: {a, b} / {a, b, c} = 2/3; + d: 2/4; + e: 2/5
    const result = run(mutualRecognitionShareIndicator, fixture);
    expectValues(result.total, { verified: 2 / 3, verified_single: 2 / 4, all: 2 / 5 });
    expect(result.total.values.all).toMatchObject({ numerator: 2, denominator: 5, n: 5 });
  });

  it('is null with a reason when no agreement is selected', () => {
    const result = run(mutualRecognitionShareIndicator, fixture, { filter: { type: ['twinning'] } });
    expect(result.total.values.verified).toMatchObject({
      value: null,
      null_reason: 'empty_denominator',
      n: 0,
    });
  });
});
