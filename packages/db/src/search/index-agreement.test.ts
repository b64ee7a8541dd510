import { jurisdictionResolver, toAggregates } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { delimitedList, parseDelimitedList } from './delimited-list.js';
import { indexAgreement } from './index-agreement.js';
import { normalizeSearchText } from './normalize-search-text.js';

const context = {
  institutions: new Map(FIXTURE.tables.institutions.map((i) => [i.id, i])),
  resolve: jurisdictionResolver(FIXTURE.tables.organisations),
};

function indexOf(id: string) {
  const agreement = toAggregates(FIXTURE).agreement.get(id);
  if (!agreement) throw new Error(`no agreement ${id}`);
  return indexAgreement(agreement, context);
}

describe('normalizeSearchText', () => {
  it('applies NFKC and lower case, and keeps accents', () => {
    expect(normalizeSearchText('ＤＩＮ Coope\u0301ration ÉCHANGE 标准')).toBe('din coopération échange 标准');
  });
});

describe('delimitedList', () => {
  it('sorts, removes duplicates and delimits both ends', () => {
    expect(delimitedList(['FRA', 'DEU', 'FRA'])).toBe(';DEU;FRA;');
    expect(delimitedList([])).toBe('');
    expect(parseDelimitedList(';DEU;FRA;')).toEqual(['DEU', 'FRA']);
    expect(parseDelimitedList('')).toEqual([]);
  });
});

describe('indexAgreement', () => {
  it('indexes the partners, their regions and kinds, sectors and year', () => {
    expect(indexOf('sac-multi-2017')).toMatchObject({
      sort_title: 'joint initiative on standards connectivity along the belt and road',
      signed_year: 2017,
      partner_codes: ';DEU;FRA;KEN;',
      partner_regions: ';002;150;',
      partner_kinds: ';country;',
      sector_codes: ';35;93;',
    });
    expect(indexOf('sac-asean-2019')).toMatchObject({
      partner_codes: ';ASEAN;',
      partner_regions: ';142;',
      partner_kinds: ';regional_organisation;',
      sector_codes: '',
    });
    expect(indexOf('sac-iso-sales')).toMatchObject({ signed_year: null, partner_regions: ';global;' });
  });

  it('puts the texts a search matches, normalised, into search_text', () => {
    const text = indexOf('sac-kebs-2017').search_text;
    for (const part of [
      'sac-kebs-2017',
      'mou on standardization cooperation between china and kenya',
      '肯尼亚标准局',
      'covers 100% of the gb translations requested',
      'standardization administration of china',
      '国家标准化管理委员会',
      'kebs',
      'kenya bureau of standards',
      '肯尼亚',
    ]) {
      expect(text).toContain(part);
    }
    expect(indexOf('sac-din-2006').search_text).toContain('allemagne');
    expect(indexOf('sac-din-2006').search_text).toContain('electric-vehicles');
    expect(indexOf('sac-din-2016').search_text).toContain('five years, renewed automatically');
    // The Chinese party's jurisdiction is not a partner: China's names are not indexed.
    expect(indexOf('sac-din-2006').search_text).not.toContain('chine');
  });
});
