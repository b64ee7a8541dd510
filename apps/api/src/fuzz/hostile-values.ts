import fc from 'fast-check';

/** Characters and fragments that have broken parsers, databases and search before. */
const FRAGMENTS = [
  '\u0000', // NUL: PostgreSQL text refuses it
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u202e', // right-to-left override
  '\u200f', // right-to-left mark
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\ufeff', // byte-order mark
  '\u2028', // line separator
  '\n',
  '\r\n',
  '\t',
  'İ', // changes length when lower-cased
  'ß',
  'ﬁ', // NFKC expands it
  'Ⅻ',
  '𝟙',
  'e\u0301',
  '标准',
  "'",
  '"',
  '\\',
  '%',
  '%25',
  '_',
  '*',
  '../',
  '<script>',
  '${x}',
  '{{x}}',
  ';--',
  ' ',
] as const;

/** Strings that look like numbers to one parser and not to another. */
const NUMBER_LIKE = [
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '-0',
  '0',
  '-1',
  '1e400',
  '-1e400',
  '1e308',
  '9007199254740993',
  '2147483648',
  '-2147483649',
  '99999999999999999999999',
  '1.5',
  '0x1f',
  '0b1',
  '1_000',
  ' 3',
  '3 ',
  '+3',
  '３',
  '1,5',
  '',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
] as const;

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** A hostile string: special fragments mixed with ordinary text, random code units, very long runs. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.constantFrom(...NUMBER_LIKE),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 6 })
    .map((parts) => parts.join('')),
  fc.string({ unit: codeUnit, maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.constantFrom(120, 121, 200, 201, 500, 501, 5000, 7000).map((n) => 'a'.repeat(n)),
);

/** Numbers as text: huge, negative, fractional, NaN-like. */
export const hostileNumber: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NUMBER_LIKE),
  fc.integer().map(String),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String),
  fc.double().map(String),
);

/** Upper-cases, lower-cases or alternates the case of a text (media types, enums, paths). */
export function caseVariant(text: string): fc.Arbitrary<string> {
  return fc.constantFrom(
    text.toUpperCase(),
    text.toLowerCase(),
    text.replace(/[a-z]/gi, (c, i: number) => (i % 2 === 0 ? c.toUpperCase() : c.toLowerCase())),
  );
}

/** A JSON value of any shape, nested up to a depth. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** A JSON text nested far deeper than any real body. */
export const deepJson: fc.Arbitrary<string> = fc
  .record({ depth: fc.integer({ min: 100, max: 20_000 }), open: fc.constantFrom('[', '{"a":') })
  .map(({ depth, open }) => open.repeat(depth) + '1' + (open === '[' ? ']' : '}').repeat(depth));

/** A hostile JSON value for a place that expects one value: wrong type, array for a scalar, hostile text. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.5),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
  anyJson,
);

/** Body bytes that are no valid JSON text: bad UTF-8, other encodings, truncated, a BOM. */
export const hostileBytes: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  fc.constantFrom(
    Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), // {"a":"\xff\xfe"}
    Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d]), // overlong '/'
    Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]), // CESU surrogate
    Buffer.from('\ufeff{"template":"overview","lang":"en"}', 'utf8'),
    Buffer.from('{"template":"overview","lang":"en"}', 'utf16le'),
    Buffer.from('{"a":"\\u0000"}'),
    Buffer.from('{"a":"\\ud800"}'),
    Buffer.from('{"a":1,"a":2}'),
    Buffer.from('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}'),
    Buffer.from('{"id": '),
    Buffer.from('[]'),
    Buffer.from('null'),
    Buffer.from('"text"'),
    Buffer.from('1e400'),
    Buffer.from(''),
  ),
  deepJson.map((text) => Buffer.from(text)),
);
