import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

describe('sco data coverage', () => {
  it('gives each cumulative tally its documents and partners as lower–upper bounds', async () => {
    const { code, stdout } = await runCli(['data', 'coverage'], {});
    expect(code).toBe(0);
    // Hand-counted in data/ (standardisation scope, all verification levels): 71 records dated on or before
    // June 2023 and two dated only "2023", which straddle the mid-year tally; 48 partners either way.
    expect(stdout).toContain('tally-2023-06-cumulative (as of 2023-06): official 107 documents, 65 partners');
    expect(stdout).toMatch(/2023-06[^\n]*\n(?:.*\n){2}\s+all: 71–73 documents, 48 partners, 20 undated/);
    // At end-2023 the two year-only 2023 records are surely before the tally: no range.
    expect(stdout).toMatch(/2023-12[^\n]*\n(?:.*\n){2}\s+all: 73 documents, 48 partners, 20 undated/);
  }, 60_000);
});
