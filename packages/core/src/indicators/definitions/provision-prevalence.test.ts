import { describe, expect, it } from 'vitest';
import { provisions } from '../../vocabulary/provision.js';
import { agreement } from '../test-support/fixtures.js';
import { expectValues, group, keys, run } from '../test-support/results.js';
import { provisionPrevalenceIndicator } from './provision-prevalence.js';

// a verified       information_exchange present, training absent
// b verified       information_exchange absent
// c single_source  information_exchange present, training present
// d unverified     nothing coded
// e unverified     training present, standing_body absent
const fixture = [
  agreement({ id: 'a', provisions: { information_exchange: 'present', training: 'absent' } }),
  agreement({ id: 'b', provisions: { information_exchange: 'absent' } }),
  agreement({
    id: 'c',
    verification: 'single_source',
    provisions: { information_exchange: 'present', training: 'present' },
  }),
  agreement({ id: 'd', verification: 'unverified' }),
  agreement({
    id: 'e',
    verification: 'unverified',
    provisions: { training: 'present', standing_body: 'absent' },
  }),
];

describe('provision_prevalence', () => {
  const result = run(provisionPrevalenceIndicator, fixture, { group_by: 'provision' });

  it('gives every provision, present over coded agreements', () => {
    expect(keys(result)).toEqual([...provisions.codes]);
    // coded agreements: verified {a, b} = 2; + single {a, b, c} = 3; all {a, b, c, e} = 4 (d is not coded)
    // information_exchange present in {a, c}: 1/2, 2/3, 2/4
    expectValues(group(result, 'information_exchange'), {
      verified: 1 / 2,
      verified_single: 2 / 3,
      all: 2 / 4,
    });
    expect(group(result, 'information_exchange').values.all.n).toBe(4);
    // training present in {c, e}: 0/2, 1/3, 2/4
    expectValues(group(result, 'training'), { verified: 0, verified_single: 1 / 3, all: 2 / 4 });
    // standing_body only coded absent (in e): 0/2, 0/3, 0/4
    expectValues(group(result, 'standing_body'), { verified: 0, verified_single: 0, all: 0 });
  });

  it('is null with a reason when no agreement is coded', () => {
    const uncoded = run(provisionPrevalenceIndicator, [agreement({ id: 'x' })], { group_by: 'provision' });
    expectValues(group(uncoded, 'training'), { verified: null, verified_single: null, all: null });
    expect(group(uncoded, 'training').values.verified.null_reason).toBe('no_coded_agreements');
  });

  it('gives the mean share of provisions present in the total (depth ÷ 8)', () => {
    // verified: present a1 + b0 = 1 over 2 × 8 = 16 → 1/16
    // + c: 1 + 0 + 2 = 3 over 3 × 8 = 24 → 3/24
    // + e: 3 + 1 = 4 over 4 × 8 = 32 → 4/32
    expectValues(result.total, { verified: 1 / 16, verified_single: 3 / 24, all: 4 / 32 });
    expect(result.total.values.all).toMatchObject({ n: 4, numerator: 4, denominator: 32 });
  });
});
