import { describe, expect, it } from 'vitest';
import { includedIn, VERIFICATION_BASES, verificationLevels } from './verification.js';

describe('the verification bases', () => {
  it('nest: verified in every basis, single-source from verified_single up, unverified only in all', () => {
    const table = VERIFICATION_BASES.map((basis) =>
      verificationLevels.codes.map((level) => includedIn(basis, level)),
    );
    // Rows: verified, verified_single, all; columns: verified, single_source, unverified.
    expect(verificationLevels.codes).toEqual(['verified', 'single_source', 'unverified']);
    expect(table).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });

  it('include no level that is not one', () => {
    for (const basis of VERIFICATION_BASES) {
      for (const other of ['toString', 'constructor', '', 'Verified'])
        expect(includedIn(basis, other as never)).toBe(false);
    }
  });
});
