import { describe, expect, it } from 'vitest';
import { groupKeyLabel } from './group-key-label.js';

describe('groupKeyLabel', () => {
  it('labels keys of every breakdown', () => {
    expect(groupKeyLabel('year', '2017', 'fr')).toBe('2017');
    expect(groupKeyLabel('year', 'undated', 'fr')).toBe('Non daté');
    expect(groupKeyLabel('region', 'global', 'zh')).toBe('全球');
    expect(groupKeyLabel('region', 'unknown', 'en')).toBe('Unknown region');
    expect(groupKeyLabel('region', '002', 'en')).toBe('Africa');
    expect(groupKeyLabel('type', 'mou', 'fr')).toBe('Protocole d’accord');
    expect(groupKeyLabel('sector', 'none', 'zh')).toBe('未标注领域');
    expect(groupKeyLabel('sector', '35', 'en')).toBe('Information technology');
    expect(groupKeyLabel('partner_kind', 'company', 'zh')).toBe('企业');
    expect(groupKeyLabel('provision', 'training', 'en')).toBe('Training and capacity building');
  });

  it('returns an unknown key as is', () => {
    expect(groupKeyLabel('type', 'treaty', 'en')).toBe('treaty');
  });
});
