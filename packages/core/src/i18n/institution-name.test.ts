import { describe, expect, it } from 'vitest';
import { hasInstitutionName, institutionNameIn } from './institution-name.js';

const SAC = {
  name_en: "Standardization Administration of the People's Republic of China",
  name_original: '国家标准化管理委员会',
};

describe('institutionNameIn', () => {
  it('writes a Chinese body in its own Chinese name, and in French in the name given there', () => {
    expect(institutionNameIn(SAC, 'en')).toBe(SAC.name_en);
    expect(institutionNameIn(SAC, 'zh')).toBe('国家标准化管理委员会');
    expect(institutionNameIn(SAC, 'fr')).toBe(
      'Administration de normalisation de la République populaire de Chine',
    );
  });

  it('gives an international body its official French name and a name in Chinese', () => {
    const iso = {
      name_en: 'International Organization for Standardization',
      name_original: 'Organisation internationale de normalisation',
    };
    expect(institutionNameIn(iso, 'fr')).toBe('Organisation internationale de normalisation');
    expect(institutionNameIn(iso, 'zh')).toBe('国际标准化组织');
  });

  it('keeps a body’s own name in French, and an English name where that is its own', () => {
    const din = {
      name_en: 'German Institute for Standardization',
      name_original: 'Deutsches Institut für Normung',
    };
    expect(institutionNameIn(din, 'fr')).toBe('Deutsches Institut für Normung');
    expect(institutionNameIn(din, 'zh')).toBe('德国标准化学会');
    const bsi = { name_en: 'British Standards Institution', name_original: null };
    expect(institutionNameIn(bsi, 'fr')).toBe('British Standards Institution');
    expect(institutionNameIn(bsi, 'zh')).toBe('英国标准协会');
  });

  it('describes an unnamed body in the language, and leaves a name it does not know as written', () => {
    const unnamed = { name_en: 'Chinese counterpart (not named in the source)', name_original: null };
    expect(institutionNameIn(unnamed, 'fr')).toBe('Partenaire chinois (non nommé dans la source)');
    expect(hasInstitutionName(unnamed.name_en)).toBe(false);
    const unknown = { name_en: 'Standards Body of Nowhere', name_original: null };
    expect(institutionNameIn(unknown, 'zh')).toBe('Standards Body of Nowhere');
    expect(hasInstitutionName(SAC.name_en)).toBe(true);
  });
});
