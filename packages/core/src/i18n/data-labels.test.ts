import { describe, expect, it } from 'vitest';
import { dataLabel, hasDataLabel } from './data-labels.js';

describe('dataLabel', () => {
  it('gives the French and Chinese labels of a claimant, and keeps English as the data writes it', () => {
    const claimant = 'State Council Information Office (white paper)';
    expect(dataLabel(claimant, 'en')).toBe(claimant);
    expect(dataLabel(claimant, 'fr')).toBe(
      'Bureau d’information du Conseil des affaires d’État (livre blanc)',
    );
    expect(dataLabel(claimant, 'zh')).toBe('国务院新闻办公室（白皮书）');
  });

  it('describes an unnamed national authority in the language, with the country’s name', () => {
    const text = 'Relevant national standardization authority of the Philippines (not named in the source)';
    expect(dataLabel(text, 'fr')).toBe(
      'Autorité nationale de normalisation compétente (Philippines, non nommée dans la source)',
    );
    expect(dataLabel(text, 'zh')).toBe('菲律宾相关国家标准化主管机构（来源未具名）');
  });

  it('leaves a proper name as written', () => {
    expect(hasDataLabel('Federal Agency on Technical Regulating and Metrology')).toBe(false);
    expect(dataLabel('Federal Agency on Technical Regulating and Metrology', 'fr')).toBe(
      'Federal Agency on Technical Regulating and Metrology',
    );
  });
});
