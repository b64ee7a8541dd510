import { describe, expect, it } from 'vitest';
import { sourceKindLabel } from './source-kind-label.js';

describe('sourceKindLabel', () => {
  it('prints a repost as a repost and the other kinds by their public names', () => {
    expect(sourceKindLabel('mirror')).toBe('repost');
    expect(sourceKindLabel('official')).toBe('official');
    expect(sourceKindLabel('partner_official')).toBe('partner-official');
    expect(sourceKindLabel('media')).toBe('media');
    expect(sourceKindLabel('mirror', 'fr')).toBe('republication');
    expect(sourceKindLabel('mirror', 'zh')).toBe('转载');
  });
});
