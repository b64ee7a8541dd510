import { dataLabel, hasDataLabel } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../test-support/brief-test-data.js';

/** Publishers of data/ whose lowercase words are part of their name, not a description: printed as written. */
const NAMES_IN_LOWERCASE = new Set(['Electronic Times (etnews)', 'medianet', 'Kinh doanh và Tiếp thị']);

/**
 * A lowercase English word outside a web address ("agency", "portal"), but not "and", "for", "the", "of". Letters
 * with accents count as letters, so that a name such as "Le Béninois Libéré" holds no lowercase word.
 */
const DESCRIPTIVE_WORD =
  /(?<![.\p{L}\p{N}_-])(?!(?:and|for|the)(?![\p{L}\p{N}_]))[a-z]{3,}(?![.\p{L}\p{N}_-])/u;

describe('the labels of the data’s own English texts', () => {
  it('labels every claimant and every unnamed institution of data/ in French and Chinese', async () => {
    const dataset = await loadRealData();
    const claimants = [...new Set(dataset.tables.official_tallies.map((tally) => tally.claimant))];
    const unnamed = dataset.tables.institutions
      .map((institution) => institution.name_en)
      .filter((name) => /\((?:not named in the source|collectively)\)$/.test(name));
    expect(claimants.length).toBeGreaterThan(5);
    expect(unnamed.length).toBeGreaterThan(10);
    for (const text of [...claimants, ...unnamed]) {
      expect(hasDataLabel(text), text).toBe(true);
      // The Chinese label holds no English word.
      expect(dataLabel(text, 'zh'), text).not.toMatch(/[a-z]{3,}/);
    }
  });

  it('labels every note on a relation between agreements, keeping the words quoted from a source', async () => {
    const dataset = await loadRealData();
    const notes = [
      ...new Set(dataset.tables.relations.flatMap((relation) => (relation.note ? [relation.note] : []))),
    ];
    expect(notes.length).toBeGreaterThan(15);
    for (const note of notes) {
      expect(hasDataLabel(note), note).toBe(true);
      // The words in another language a note quotes stay in both labels.
      for (const quoted of note.match(/\((?:[^\p{ASCII}]+|erneuert|Verlängerung)\)/gu) ?? []) {
        const inner = quoted.slice(1, -1);
        expect(dataLabel(note, 'fr'), note).toContain(inner);
        if (!/[^\p{ASCII}]/u.test(inner)) expect(dataLabel(note, 'zh'), note).toContain(inner);
      }
    }
    expect(dataLabel('BelTA: the 2016 agreement was updated', 'fr')).toBe(
      'BelTA : l’accord de 2016 a été mis à jour',
    );
    expect(dataLabel('BelTA: the 2016 agreement was updated', 'zh')).toBe('BelTA：2016 年的协议已更新');
  });

  it('labels every publisher the data describes in English words', async () => {
    const dataset = await loadRealData();
    const publishers = [...new Set(dataset.tables.sources.map((source) => source.publisher))];
    const described = publishers.filter(
      (publisher) => DESCRIPTIVE_WORD.test(publisher) && !NAMES_IN_LOWERCASE.has(publisher),
    );
    expect(described).toContain('Khovar (Tajik state news agency)');
    expect(described).toContain('LINK mailing list');
    expect(described).not.toContain('Saudi Gazette');
    for (const publisher of described) {
      expect(hasDataLabel(publisher), publisher).toBe(true);
      // The label keeps the publisher's own name: its first word (or the host) stays as written.
      const name = publisher.split(/[ (]/)[0] ?? publisher;
      if (/^[A-Z]{3,}|\./.test(name)) expect(dataLabel(publisher, 'zh'), publisher).toContain(name);
    }
  });
});
