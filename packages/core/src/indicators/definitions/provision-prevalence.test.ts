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
  agreement({ id: 'e', verification: 'unverified', provisions: { training: 'present', standing_body: 'absent' } }),
];

describe('provision_prevalence', () => {
  const result = run(provisionPrevalenceIndicator, fixture, { group_by: 'provision' });

  it('gives every provision, present over coded', () => {
    expect(keys(result)).toEqual([...provisions.codes]);
    // information_exchange: verified {a} / {a, b} = 1/2; + c: {a, c} / {a, b, c} = 2/3; all (e does not code it) 2/3
    expectValues(group(result, 'information_exchange'), { verified: 1 / 2, verified_single: 2 / 3, all: 2 / 3 });
    expect(group(result, 'information_exchange').values.all.n).toBe(3);
    // training: verified {} / {a} = 0; + c: {c} / {a, c} = 1/2; + e: {c, e} / {a, c, e} = 2/3
    expectValues(group(result, 'training'), { verified: 0, verified_single: 1 / 2, all: 2 / 3 });
    // standing_body: coded only in e (absent): null, null, 0/1 = 0
    expectValues(group(result, 'standing_body'), { verified: null, verified_single: null, all: 0 });
    expect(group(result, 'standing_body').values.verified.null_reason).toBe('no_coded_agreements');
  });

  it('pools agreement–provision pairs in the total', () => {
    // verified: present pairs a1 + b0 = 1, coded pairs a2 + b1 = 3 → 1/3, n = 2 coded agreements
    // + c: present 1 + 2 = 3, coded 3 + 2 = 5 → 3/5, n = 3
    // + e (d not coded): present 3 + 1 = 4, coded 5 + 2 = 7 → 4/7, n = 4
    expectValues(result.total, { verified: 1 / 3, verified_single: 3 / 5, all: 4 / 7 });
    expect(result.total.values.all).toMatchObject({ n: 4, numerator: 4, denominator: 7 });
  });
});
