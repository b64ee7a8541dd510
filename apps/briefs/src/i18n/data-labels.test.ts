import {
  agreementTitleIn,
  dataLabel,
  hasDataLabel,
  hasInstitutionName,
  institutionNameIn,
  spaceCjk,
} from '@sco/core';
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

/** Names the titles keep in Latin letters in French and Chinese: the institutions' own, and people's. */
const NAMES_IN_LATIN = [
  'ASTM International',
  'Austrian Standards International',
  'Austrian Standards',
  'Enterprise Singapore',
  'SPRING Singapore',
  'Standards Australia',
  'Tajikstandart',
  'Turkmenstandartlary',
  'Rosstandart',
  'Rosaviatsia',
  'Inmetro',
  'Chen Gang',
  'Nabil Molla',
];

/** Acronyms written otherwise in French. */
const FRENCH_ACRONYMS: Readonly<Record<string, string>> = {
  EFTA: 'AELE',
  ESCAP: 'CESAP',
  ITU: 'UIT',
  SCO: 'OCS',
  SME: 'PME',
  TBT: 'OTC',
  UNIDO: 'ONUDI',
};

/**
 * Institutions whose own name is English (bodies of English-speaking countries, and English-named bodies
 * elsewhere): their name stays English in French, as a French text writes them.
 */
const NAMED_IN_ENGLISH = new Set([
  'ansi',
  'astm',
  'au-national-standards-commission',
  'austrian-standards',
  'bsi',
  'enterprise-sg',
  'ieee',
  'kenas',
  'nist',
  'nmi-australia',
  'ph-dti',
  'pk-iqtm',
  'psqca',
  'sg-mpa',
  'son',
  'spring-singapore',
  'standards-australia',
  'standards-nz',
  'ul',
  'unbs',
  'us-cpsc',
  'us-doc',
  'us-faa',
  'zm-metrology-agency',
]);

/** English words that have no place in a French or Chinese title. */
const ENGLISH_WORD =
  /\b(?:agreement|between|cooperation|memorandum|understanding|standards?|standardi[sz]ation|metrology|of|the|and|on|with|for|MoU|renewal|renewed|updated|revised)\b/i;

describe('the labels of the data’s own English texts', () => {
  it('gives every agreement of data/ a French and a Chinese title, an original in that language as it is', async () => {
    const dataset = await loadRealData();
    const agreements = dataset.tables.agreements;
    expect(agreements.length).toBeGreaterThan(100);
    let originals = 0;
    const unnamed = (title: string) =>
      NAMES_IN_LATIN.reduce((text, name) => text.split(name).join(''), title);
    for (const agreement of agreements) {
      const fr = agreementTitleIn(agreement, 'fr');
      const zh = agreementTitleIn(agreement, 'zh');
      if (agreement.title_original_lang === 'fr') {
        originals += 1;
        expect(fr, agreement.id).toEqual({ title: agreement.title_original, lang: 'fr', basis: 'original' });
      } else {
        expect([fr.basis, fr.lang], `${agreement.id} fr`).toEqual(['translation', 'fr']);
        expect(unnamed(fr.title), agreement.id).not.toMatch(ENGLISH_WORD);
        // Every acronym of the English title is in the French one, in its French form where it has one.
        for (const acronym of agreement.title_en.match(/\b[A-Z]{3,}\b/g) ?? [])
          expect(fr.title, `${agreement.id} ${acronym}`).toContain(FRENCH_ACRONYMS[acronym] ?? acronym);
      }
      if (agreement.title_original_lang === 'zh') {
        originals += 1;
        expect(zh, agreement.id).toEqual({ title: agreement.title_original, lang: 'zh', basis: 'original' });
        continue;
      }
      expect([zh.basis, zh.lang], `${agreement.id} zh`).toEqual(['translation', 'zh']);
      // Written in Chinese, spaced from Latin letters and digits by the one rule.
      expect(zh.title, agreement.id).toMatch(/\p{Script=Han}{4}/u);
      expect(spaceCjk(zh.title), agreement.id).toBe(zh.title);
      expect(unnamed(zh.title), agreement.id).not.toMatch(/[a-z]{3,}/);
    }
    expect(originals).toBeGreaterThan(15);
  });

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

  it('names every institution of data/ in French and Chinese, never in English unless that is its own name', async () => {
    const dataset = await loadRealData();
    const institutions = dataset.tables.institutions;
    expect(institutions.length).toBeGreaterThan(150);
    let own = 0;
    for (const institution of institutions) {
      const { id, name_en } = institution;
      expect(hasInstitutionName(name_en) || hasDataLabel(name_en), id).toBe(true);
      const fr = institutionNameIn(institution, 'fr');
      const zh = institutionNameIn(institution, 'zh');
      if (NAMED_IN_ENGLISH.has(id)) {
        own += 1;
        expect(fr, id).toMatch(/^[\p{Script=Latin}\p{N}\p{P}\p{Zs}&]+$/u);
      } else if (fr !== institution.name_original) {
        // Not its own name: a French name, with no English in it.
        expect(fr, id).not.toBe(name_en);
        expect(fr, id).not.toMatch(ENGLISH_WORD);
      }
      // In Chinese, every name is written in Chinese: Latin letters only in an acronym or a name kept so.
      expect(zh, id).toMatch(/\p{Script=Han}{3}/u);
      const kept = NAMES_IN_LATIN.reduce((text, name) => text.split(name).join(''), zh);
      expect(kept, id).not.toMatch(/[a-z]{3,}/);
      expect(spaceCjk(zh), id).toBe(zh);
    }
    expect(own).toBe(NAMED_IN_ENGLISH.size);
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
      'BelTA\u00a0: l’accord de 2016 a été mis à jour',
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
