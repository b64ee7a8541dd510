import { describe, expect, it } from 'vitest';
import { indicatorFilterSchema, type IndicatorFilterInput } from './indicator-filter.js';
import { selectAgreements } from './select-agreements.js';
import { agreement, ARSO, DEU, FRA, ISO, KEN, TWELVE } from './test-support/fixtures.js';

// a verified       2015  standardisation  DEU              mou             sectors 43, 35  bri explicit
// b single_source  2017  standardisation  twelve partners  joint_initiative                 bri contextual
// c verified       2018  accreditation    KEN              mou
// d unverified     —     standardisation  ARSO             mou             sector 43
// e verified       2020  metrology        FRA              mou
// f verified       2016  standardisation  DEU (ministry), ISO  cooperation_agreement
const fixture = [
  agreement({ id: 'a', date: '2015', sectors: ['43', '35'], bri: 'explicit' }),
  agreement({
    id: 'b',
    date: '2017',
    verification: 'single_source',
    type: 'joint_initiative',
    partners: TWELVE,
    bri: 'contextual',
  }),
  agreement({ id: 'c', date: '2018', scope: 'accreditation', partners: [KEN] }),
  agreement({ id: 'd', date: null, verification: 'unverified', partners: [ARSO], sectors: ['43'] }),
  agreement({ id: 'e', date: '2020', scope: 'metrology', partners: [FRA] }),
  agreement({
    id: 'f',
    date: '2016',
    type: 'cooperation_agreement',
    partners: [{ jurisdiction: DEU, kind: 'government_ministry' }, ISO],
  }),
];

function ids(input: IndicatorFilterInput): string[] {
  return selectAgreements(fixture, indicatorFilterSchema.parse(input)).items.map((item) => item.agreement.id);
}

describe('selectAgreements', () => {
  it('leaves adjacent scope out by default', () => {
    expect(ids({})).toEqual(['a', 'b', 'd', 'f']);
  });

  it('includes adjacent scope on request, or when a scope filter asks for it', () => {
    expect(ids({ include_adjacent: true })).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ids({ scope: ['metrology'] })).toEqual(['e']);
    expect(ids({ scope: ['standardisation', 'accreditation'] })).toEqual(['a', 'b', 'c', 'd', 'f']);
  });

  it('keeps inclusive year bounds and counts the undated it leaves out, per basis', () => {
    const selection = selectAgreements(
      fixture,
      indicatorFilterSchema.parse({ year_from: 2016, year_to: 2017 }),
    );
    expect(selection.items.map((item) => item.agreement.id)).toEqual(['b', 'f']);
    // d (unverified, undated) passes every other filter: 0 verified, 0 verified + single, 1 in all
    expect(selection.excluded_undated).toEqual({ verified: 0, verified_single: 0, all: 1 });
  });

  it('reports no undated exclusion without a year range', () => {
    expect(selectAgreements(fixture, indicatorFilterSchema.parse({})).excluded_undated).toEqual({
      verified: 0,
      verified_single: 0,
      all: 0,
    });
  });

  it('ORs within a filter and ANDs across filters', () => {
    expect(ids({ type: ['mou', 'joint_initiative'] })).toEqual(['a', 'b', 'd']);
    expect(ids({ type: ['mou', 'joint_initiative'], bri: ['contextual'] })).toEqual(['b']);
    expect(ids({ sector: ['35', '43'] })).toEqual(['a', 'd']);
  });

  it('narrows sectors to those the sector filter keeps', () => {
    const selection = selectAgreements(fixture, indicatorFilterSchema.parse({ sector: ['43'] }));
    expect(selection.items.map((item) => item.sectors)).toEqual([['43'], ['43']]);
  });

  it('applies the partner filters to the same partner party and keeps only matching partners', () => {
    // region 150 keeps a (DEU), b (RUS, BLR, SRB, HUN of twelve) and f (DEU, not ISO which is global)
    const selection = selectAgreements(fixture, indicatorFilterSchema.parse({ region: ['150'] }));
    expect(selection.items.map((item) => [item.agreement.id, item.partners.map((p) => p.code)])).toEqual([
      ['a', ['DEU']],
      ['b', ['RUS', 'BLR', 'SRB', 'HUN']],
      ['f', ['DEU']],
    ]);
    // a European national standards body: f's German party is a ministry, so f drops out
    expect(ids({ region: ['150'], partner_kind: ['national_standards_body'] })).toEqual(['a', 'b']);
    // an organisation is in its own region: ISO is global, ARSO is in Africa
    expect(ids({ region: ['global'] })).toEqual(['f']);
    expect(ids({ region: ['002'] })).toEqual(['b', 'd']);
  });
});
