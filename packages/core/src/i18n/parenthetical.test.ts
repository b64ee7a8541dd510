import { describe, expect, it } from 'vitest';
import { parenthesisAfter, parenthetical } from './parenthetical.js';

describe('an aside in parentheses', () => {
  it('takes a space and ASCII parentheses in English and French, full-width ones without a space in Chinese', () => {
    expect(parenthetical('Rosstandart', 'RUS', 'en')).toBe('Rosstandart (RUS)');
    expect(parenthetical('2016', 'déduit', 'fr')).toBe('2016 (déduit)');
    expect(parenthetical('俄罗斯联邦技术调节与计量署', 'Rosstandart', 'zh')).toBe(
      '俄罗斯联邦技术调节与计量署（Rosstandart）',
    );
    expect(parenthesisAfter('推定', 'zh')).toBe('（推定）');
    expect(parenthesisAfter('inferred', 'en')).toBe(' (inferred)');
  });
});
