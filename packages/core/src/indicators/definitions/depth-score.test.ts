import { describe, expect, it } from 'vitest';
import { provisions, type ProvisionCode } from '../../vocabulary/provision.js';
import { agreement, KEN } from '../test-support/fixtures.js';
import { expectValues, run } from '../test-support/results.js';
import { depthScoreIndicator } from './depth-score.js';

const allPresent = Object.fromEntries(provisions.codes.map((code) => [code, 'present'])) as Record<
  ProvisionCode,
  'present'
>;

// a verified       information_exchange, training, standing_body present; conformity_assessment absent → D = 3
// b verified       joint_international_work absent only (coded)                                       → D = 0
// c single_source  five provisions present                                                            → D = 5
// d unverified     nothing coded: left out
// e unverified     all eight present                                                                  → D = 8
const fixture = [
  agreement({
    id: 'a',
    provisions: {
      information_exchange: 'present',
      training: 'present',
      standing_body: 'present',
      conformity_assessment: 'absent',
    },
  }),
  agreement({ id: 'b', provisions: { joint_international_work: 'absent' } }),
  agreement({
    id: 'c',
    verification: 'single_source',
    provisions: {
      information_exchange: 'present',
      training: 'present',
      joint_international_work: 'present',
      international_basis: 'present',
      mutual_recognition: 'present',
    },
  }),
  agreement({ id: 'd', verification: 'unverified', partners: [KEN] }),
  agreement({ id: 'e', verification: 'unverified', provisions: allPresent }),
];

describe('depth_score', () => {
  it('averages provisions present over coded agreements only', () => {
    // verified: (3 + 0) / 2 = 1.5; + c: (3 + 0 + 5) / 3 = 8/3; + e (d is not coded): (3 + 0 + 5 + 8) / 4 = 4
    const result = run(depthScoreIndicator, fixture);
    expectValues(result.total, { verified: 1.5, verified_single: 8 / 3, all: 4 });
    expect(result.total.values.all).toMatchObject({ n: 4, numerator: 16, denominator: 4 });
  });

  it('is null with a reason when no agreement is coded', () => {
    // partner = KEN keeps d, which has no provision row
    const result = run(depthScoreIndicator, fixture, { filter: { partner: ['KEN'] } });
    expect(result.total.values.all).toMatchObject({ value: null, null_reason: 'no_coded_agreements', n: 0 });
  });
});
