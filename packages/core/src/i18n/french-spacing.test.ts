import { describe, expect, it } from 'vitest';
import { frenchSpacing } from './french-spacing.js';

describe('French spacing around high punctuation', () => {
  it('puts a no-break space before a colon and inside guillemets, a narrow one before ; ? !', () => {
    expect(frenchSpacing('Contact : le dépôt ; « mondiale » ? oui !')).toBe(
      'Contact\u00a0: le dépôt\u202f; «\u00a0mondiale\u00a0»\u202f? oui\u202f!',
    );
    expect(frenchSpacing('https://example.org/a:b')).toBe('https://example.org/a:b');
    expect(frenchSpacing('déjà\u00a0: bien')).toBe('déjà\u00a0: bien');
  });
});
