import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, neutraliseCell } from './neutralise-cell.js';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://127.0.0.1:9/x","click")', `'=HYPERLINK("http://127.0.0.1:9/x","click")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('prefixes %j with a single quote', (text, expected) => {
    expect(neutraliseCell(text)).toBe(expected);
  });

  it('covers exactly the triggers of the OWASP guidance', () => {
    expect([...FORMULA_TRIGGERS].sort()).toEqual(['\t', '\r', '+', '-', '=', '@'].sort());
  });

  it.each(['', 'Cooperation agreement', '2017-05', 'a=b', ' =1', "'=1", '标准化合作', 'SAC; DIN'])(
    'leaves %j as it is',
    (text) => {
      expect(neutraliseCell(text)).toBe(text);
    },
  );
});
