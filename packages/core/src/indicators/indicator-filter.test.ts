import { describe, expect, it } from 'vitest';
import { DEFAULT_INDICATOR_FILTER, hasYearRange, indicatorFilterSchema } from './indicator-filter.js';

describe('indicatorFilterSchema', () => {
  it('defaults to headline figures', () => {
    expect(DEFAULT_INDICATOR_FILTER).toEqual({ include_adjacent: false });
    expect(hasYearRange(DEFAULT_INDICATOR_FILTER)).toBe(false);
  });

  it('takes typed values and query-string forms alike', () => {
    const typed = indicatorFilterSchema.parse({
      year_from: 2015,
      year_to: 2020,
      type: ['mou', 'joint_initiative'],
      include_adjacent: true,
    });
    const query = indicatorFilterSchema.parse({
      year_from: '2015',
      year_to: '2020',
      type: 'mou,joint_initiative',
      include_adjacent: 'true',
    });
    expect(query).toEqual(typed);
    expect(typed).toEqual({
      year_from: 2015,
      year_to: 2020,
      type: ['mou', 'joint_initiative'],
      include_adjacent: true,
    });
  });

  it('accepts regions including "global", sectors, partner kinds, framings and partner codes', () => {
    const filter = indicatorFilterSchema.parse({
      region: ['002', 'global'],
      sector: '43',
      partner_kind: ['national_standards_body'],
      bri: ['explicit', 'contextual'],
      partner: 'DEU,ASEAN',
      scope: ['metrology'],
    });
    expect(filter.region).toEqual(['002', 'global']);
    expect(filter.sector).toEqual(['43']);
    expect(filter.partner).toEqual(['DEU', 'ASEAN']);
  });

  it.each([
    [{ year_from: 2020, year_to: 2015 }, 'year_to'],
    [{ year_from: 1800 }, 'year_from'],
    [{ region: ['europe'] }, 'region'],
    [{ type: [] }, 'type'],
    [{ sector: '4' }, 'sector'],
    [{ partner: ['deu'] }, 'partner'],
    [{ include_adjacent: 'yes' }, 'include_adjacent'],
    [{ typ: 'mou' }, ''],
  ])('refuses %j', (input, path) => {
    const parsed = indicatorFilterSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => String(issue.path[0] ?? ''))).toContain(path);
  });
});
