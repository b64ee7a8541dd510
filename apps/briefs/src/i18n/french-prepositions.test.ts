import { describe, expect, it } from 'vitest';
import { fr } from './fr.js';
import { deDate, isFrenchRange, onDate, toDate } from './french-prepositions.js';

describe('French prepositions before a formatted value', () => {
  it('tells a range from one figure as core writes them', () => {
    expect(isFrenchRange('0,50\u00a0à 0,80')).toBe(true);
    expect(isFrenchRange('37,3\u202f%\u00a0à 81,0\u202f%')).toBe(true);
    expect(isFrenchRange('0,50')).toBe(false);
    expect(isFrenchRange('81,0\u202f%')).toBe(false);
  });

  it('puts the article before a day and elides before a vowel', () => {
    expect(deDate('14 octobre 2025')).toBe('du 14 octobre 2025');
    expect(deDate('octobre 2025')).toBe('d’octobre 2025');
    expect(deDate('avril 2019')).toBe('d’avril 2019');
    expect(deDate('juin 2023')).toBe('de juin 2023');
    expect(deDate('1er mars 2016')).toBe('du 1er mars 2016');
    expect(deDate('2019')).toBe('de 2019');
  });

  it('ends a span with “au” before a day, and says when with “le” or “en”', () => {
    expect(`${deDate('septembre 2016')} ${toDate('8 juillet 2025')}`).toBe(
      'de septembre 2016 au 8 juillet 2025',
    );
    expect(`${deDate('2016')} ${toDate('2025')}`).toBe('de 2016 à 2025');
    expect(onDate('14 octobre 2025')).toBe('le 14 octobre 2025');
    expect(onDate('décembre 2023')).toBe('en décembre 2023');
  });
});

describe('the French key findings', () => {
  it('read as French whether a figure is a range or one value', () => {
    expect(fr.text.findingConvergence('0,50\u00a0à 0,80')).toBe(
      'Le solde de convergence va de 0,50\u00a0à 0,80 (sur une échelle de −1 à +1).',
    );
    expect(fr.text.findingConvergence('0,50')).toBe(
      'Le solde de convergence s’établit à 0,50 (sur une échelle de −1 à +1).',
    );
    expect(fr.text.findingBri('15,4\u202f%\u00a0à 31,0\u202f%')).toMatch(/^De 15,4/u);
    expect(fr.text.findingCoverage('14 octobre 2025', '126', '37,3\u202f%\u00a0à 81,0\u202f%')).toMatch(
      /^Le décompte officiel du 14 octobre 2025 annonce 126 documents\u202f; la base en documente de 37,3/u,
    );
  });
});
