import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

describe('sco data sources', () => {
  it('counts the records on weak sources per verification level, naming each', async () => {
    const { code, stdout } = await runCli(['data', 'sources'], {});
    expect(code).toBe(0);
    // Hand-counted in data/sources.csv: agreements whose every source is a mirror, whose every quote is a
    // paraphrase, and that cite a bare IP-address host (http://122.227.57.98:8586/… and http://218.28.6.71:81/…).
    expect(stdout).toContain('resting only on reposts: 45 (verified 0, single_source 26, unverified 19)');
    expect(stdout).toContain('quoted only by paraphrase: 30 (verified 0, single_source 21, unverified 9)');
    expect(stdout).toContain('citing an IP-address host: 3 (verified 1, single_source 0, unverified 2)');
    expect(stdout).toContain('  sac-bsi-2004 [verified]\n');
  }, 60_000);
});
