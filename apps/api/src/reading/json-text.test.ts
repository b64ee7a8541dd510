import { describe, expect, it } from 'vitest';
import { encodeRecord, JsonText } from './json-text.js';

const utf8 = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('encodeRecord', () => {
  it('writes JsonText values as they are, and everything else as JSON.stringify does, in UTF-8', () => {
    const items = [
      { id: 'a', n: 1 },
      { id: 'b"\u2028', n: null, list: ['x'], title: '标准化合作 🤝' },
    ];
    const record = {
      release: { id: '1.0.0', published_at: '2026-01-01T00:00:00.000Z' },
      total: 2,
      next: null,
      skipped: undefined,
      'a "key"': 'é',
      items: JsonText.array(items.map(utf8)),
      after: ['ü'],
    };
    const expected = utf8({ ...record, items });
    expect(encodeRecord(record).equals(expected)).toBe(true);
    expect(JSON.parse(encodeRecord(record).toString('utf8'))).toEqual(JSON.parse(expected.toString('utf8')));
  });

  it('writes an empty record, an empty array, and a record that starts or ends with JsonText', () => {
    expect(encodeRecord({}).toString()).toBe('{}');
    expect(encodeRecord({ items: JsonText.array([]) }).toString()).toBe('{"items":[]}');
    expect(encodeRecord({ skipped: undefined, items: JsonText.array([utf8(1)]) }).toString()).toBe(
      '{"items":[1]}',
    );
    expect(
      encodeRecord({ a: JsonText.array([utf8('x')]), b: JsonText.array([utf8(2), utf8(3)]) }).toString(),
    ).toBe('{"a":["x"],"b":[2,3]}');
  });
});
