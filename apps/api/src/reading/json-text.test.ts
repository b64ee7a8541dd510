import { describe, expect, it } from 'vitest';
import { JsonText, serialiseRecord } from './json-text.js';

describe('serialiseRecord', () => {
  it('writes JsonText values as they are, and everything else as JSON.stringify does', () => {
    const items = [
      { id: 'a', n: 1 },
      { id: 'b"\u2028', n: null, list: ['x'] },
    ];
    const record = {
      release: { id: '1.0.0', published_at: '2026-01-01T00:00:00.000Z' },
      total: 2,
      next: null,
      skipped: undefined,
      'a "key"': 'é',
      items: JsonText.array(items.map((item) => JSON.stringify(item))),
    };
    const expected = JSON.stringify({ ...record, items });
    expect(serialiseRecord(record)).toBe(expected);
    expect(JSON.parse(serialiseRecord(record))).toEqual(JSON.parse(expected));
  });

  it('writes an empty record and an empty array', () => {
    expect(serialiseRecord({})).toBe('{}');
    expect(serialiseRecord({ items: JsonText.array([]) })).toBe('{"items":[]}');
  });
});
