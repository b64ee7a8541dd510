import fc from 'fast-check';
import type { FuzzOperation } from './fuzz-document.js';
import { caseVariant, hostileBytes, hostileString } from './hostile-values.js';
import { fuzzBody, fuzzText, validValue, type SchemaValues } from './schema-values.js';

/** A header whose value is the ETag of the resource as it is when the request is sent. */
export const CURRENT_ETAG = Symbol('current ETag');

/** One request the fuzzer sends: exactly these bytes of path, headers and body. */
export interface FuzzRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | typeof CURRENT_ETAG>>;
  readonly body: Buffer | null;
}

/** Percent-encodings that are wrong, overlong, or decode to something a parameter must not hold. */
const BAD_ENCODINGS = [
  '%',
  '%f',
  '%ff',
  '%C0%AF',
  '%ED%A0%80',
  '%00',
  '%E2%80%AE',
  '%2F',
  '..',
  '%2e%2e',
  '+',
  '%u0041',
];

/** Percent-encodes the UTF-8 bytes of a text (lone surrogates become U+FFFD, as any client sends them). */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A header value Node's client can send: tab, printable ASCII and Latin-1 bytes only. */
export function headerSafe(text: string): string {
  return text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '');
}

const encodedText = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: text.map(percentEncode), weight: 8 },
    { arbitrary: fc.constantFrom(...BAD_ENCODINGS), weight: 1 },
  );

function pathArbitrary(operation: FuzzOperation, values: SchemaValues): fc.Arbitrary<string> {
  const segments = operation.path.split(/(\{[^}]+\})/).map((part): fc.Arbitrary<string> => {
    const name = /^\{(.+)\}$/.exec(part)?.[1];
    if (name === undefined) return fc.constant(part);
    const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === name);
    const known = values.known.get(`${operation.path}#${name}`) ?? [];
    const schema = parameter?.schema ?? { type: 'string' };
    // An empty segment is another path (another operation), not a value of this parameter.
    const text =
      known.length > 0
        ? fc.oneof(fc.constantFrom(...known), fuzzText(schema, name, values))
        : fuzzText(schema, name, values);
    return encodedText(text.filter((value) => value.length > 0)).filter((value) => value.length > 0);
  });
  const path = fc.tuple(...segments).map((parts) => parts.join(''));
  return fc.oneof(
    { arbitrary: path, weight: 12 },
    { arbitrary: path.chain(caseVariant), weight: 1 },
    { arbitrary: path.map((p) => `${p}/`), weight: 1 },
  );
}

/** A query string of valid values only (some parameters given, each once), so that reads succeed too. */
function cleanQueryArbitrary(operation: FuzzOperation, values: SchemaValues): fc.Arbitrary<string> {
  const pairs = operation.parameters
    .filter((p) => p.in === 'query')
    .map((parameter) => {
      const value = validValue(parameter.schema ?? { type: 'string' }, parameter.name, values).map((v) =>
        percentEncode(typeof v === 'string' ? v : JSON.stringify(v)),
      );
      return fc.oneof(
        { arbitrary: fc.constant<string[]>([]), weight: 3 },
        { arbitrary: value.map((v) => [`${parameter.name}=${v}`]), weight: 1 },
      );
    });
  return fc.tuple(...pairs).map((chosen) => (chosen.flat().length > 0 ? `?${chosen.flat().join('&')}` : ''));
}

/** A query string of hostile pairs: parameters (or case variants, array forms, unknown ones) and values. */
function hostileQueryArbitrary(operation: FuzzOperation, values: SchemaValues): fc.Arbitrary<string> {
  const pairs = operation.parameters
    .filter((p) => p.in === 'query')
    .map((parameter) => {
      const value = encodedText(fuzzText(parameter.schema ?? { type: 'string' }, parameter.name, values));
      const name = fc.oneof(
        { arbitrary: fc.constant(parameter.name), weight: 12 },
        { arbitrary: caseVariant(parameter.name), weight: 1 },
        { arbitrary: fc.constant(`${parameter.name}[]`), weight: 1 },
      );
      const pair = fc.tuple(name, value).map(([n, v]) => `${n}=${v}`);
      return fc.oneof(
        { arbitrary: fc.constant<string[]>([]), weight: 6 },
        { arbitrary: pair.map((p) => [p]), weight: 3 },
        { arbitrary: fc.tuple(pair, pair).map((p) => [...p]), weight: 1 },
      );
    });
  const extra = fc.oneof(
    { arbitrary: fc.constant<string[]>([]), weight: 20 },
    { arbitrary: encodedText(hostileString).map((v) => [`${v}=1`]), weight: 1 },
    { arbitrary: fc.constantFrom(['api_key=x'], ['&&'], ['='], ['a=1&a']), weight: 1 },
  );
  return fc
    .tuple(fc.tuple(...pairs), extra)
    .chain(([chosen, more]) =>
      fc
        .shuffledSubarray([...chosen.flat(), ...more], { minLength: chosen.flat().length + more.length })
        .map((all) => (all.length > 0 ? `?${all.join('&')}` : '')),
    );
}

/** An optional header: absent (weight `absent`) or one of the given values (weight `present`). */
function header(
  values: fc.Arbitrary<string | typeof CURRENT_ETAG>,
  absent: number,
  present = 1,
): fc.Arbitrary<string | typeof CURRENT_ETAG | null> {
  return fc.oneof({ arbitrary: fc.constant(null), weight: absent }, { arbitrary: values, weight: present });
}

const garbage = hostileString.map(headerSafe);

function headersArbitrary(
  operation: FuzzOperation,
  keys: { editor: string; admin: string; revoked: string },
) {
  const produces = operation.produces.length > 0 ? operation.produces : ['application/json'];
  const accept = fc.oneof(
    fc.constantFrom(
      ...produces,
      '*/*',
      'application/problem+json',
      'text/html',
      'application/*',
      'image/png',
    ),
    fc.constantFrom(...produces).chain(caseVariant),
    fc.constantFrom(...produces).map((type) => `text/html;q=0.9, ${type};q=0.1`),
    garbage,
  );
  const etag = fc.oneof(
    fc.constant(CURRENT_ETAG),
    fc.constantFrom('*', '"stale"', 'W/"x"', '""', '"a", "b"'),
    garbage,
  );
  const editor = `Bearer ${keys.editor}`;
  const authorization = fc.oneof(
    { arbitrary: fc.constant(editor), weight: operation.secured ? 8 : 1 },
    { arbitrary: fc.constant(`Bearer ${keys.admin}`), weight: operation.secured ? 4 : 1 },
    fc.constantFrom(
      `Bearer ${keys.revoked}`,
      `bearer ${keys.editor}`,
      'Bearer',
      'Basic YTpi',
      `${editor}, ${editor}`,
    ),
    garbage.map((text) => `Bearer ${text}`),
  );
  const bodyTypes = Object.keys(operation.bodies);
  const contentType = fc.oneof(
    { arbitrary: fc.constantFrom(...(bodyTypes.length > 0 ? bodyTypes : ['application/json'])), weight: 8 },
    fc.constantFrom(...bodyTypes, 'application/json').chain(caseVariant),
    fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
    ),
    garbage,
  );
  return fc.record({
    accept: header(accept, 1),
    ifNoneMatch: header(etag, 6),
    ifMatch: header(etag, operation.method === 'GET' ? 8 : 1),
    authorization: operation.secured ? header(authorization, 1, 8) : header(authorization, 8),
    contentType: bodyTypes.length > 0 ? header(contentType, 1, 8) : header(contentType, 20),
  });
}

function bodyArbitrary(
  operation: FuzzOperation,
  values: SchemaValues,
  seeds: readonly Record<string, unknown>[],
): fc.Arbitrary<Buffer | null> {
  const schemas = Object.values(operation.bodies);
  if (schemas.length === 0) {
    return fc.oneof({ arbitrary: fc.constant(null), weight: 12 }, { arbitrary: hostileBytes, weight: 1 });
  }
  const json = fc.oneof(...schemas.map((schema) => fuzzBody(schema, values, seeds)));
  return fc.oneof(
    {
      arbitrary: json.map((value) => Buffer.from((JSON.stringify(value) as string | undefined) ?? 'null')),
      weight: 8,
    },
    { arbitrary: hostileBytes, weight: 2 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
}

/** Every request the fuzzer may send to an operation: path, query, headers and body, hostile or not. */
export function requestArbitrary(
  operation: FuzzOperation,
  values: SchemaValues,
  keys: { editor: string; admin: string; revoked: string },
  seeds: readonly Record<string, unknown>[],
): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      path: pathArbitrary(operation, values),
      query: fc.oneof(
        { arbitrary: cleanQueryArbitrary(operation, values), weight: 2 },
        { arbitrary: hostileQueryArbitrary(operation, values), weight: 3 },
      ),
      headers: headersArbitrary(operation, keys),
      body: bodyArbitrary(operation, values, seeds),
    })
    .map(({ path, query, headers, body }) => {
      const sent: Record<string, string | typeof CURRENT_ETAG> = {};
      if (headers.accept !== null) sent['Accept'] = headers.accept;
      if (headers.ifNoneMatch !== null) sent['If-None-Match'] = headers.ifNoneMatch;
      if (headers.ifMatch !== null) sent['If-Match'] = headers.ifMatch;
      if (headers.authorization !== null) sent['Authorization'] = headers.authorization;
      if (headers.contentType !== null && body !== null) sent['Content-Type'] = headers.contentType;
      return { method: operation.method, path: path + query, headers: sent, body };
    });
}
