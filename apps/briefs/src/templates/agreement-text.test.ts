import { describe, expect, it } from 'vitest';
import { unquoted } from './agreement-text.js';

describe('quoted passages', () => {
  it('drops the quotation marks a source wrote around the whole passage', () => {
    expect(unquoted('« pour œuvrer conjointement »')).toBe('pour œuvrer conjointement');
    expect(unquoted('“cooperation includes training”')).toBe('cooperation includes training');
    expect(unquoted('"plain"')).toBe('plain');
    expect(unquoted(' 「加强标准化合作」 ')).toBe('加强标准化合作');
  });

  it('keeps marks that do not enclose the whole passage', () => {
    expect(unquoted('“a” and “b”')).toBe('“a” and “b”');
    expect(unquoted('the "Memorandum" of 2013')).toBe('the "Memorandum" of 2013');
    expect(unquoted('« ouvert')).toBe('« ouvert');
    expect(unquoted('"')).toBe('"');
    expect(unquoted('no marks')).toBe('no marks');
  });
});
