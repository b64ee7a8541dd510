/**
 * JSON already serialised, to be written into a response body as it is (a list of items kept serialised
 * by a cache, for instance), where JSON.stringify would serialise the value again.
 */
export class JsonText {
  constructor(readonly text: string) {}

  /** A JSON array of items, each already serialised. */
  static array(items: readonly string[]): JsonText {
    return new JsonText(`[${items.join(',')}]`);
  }
}

/**
 * The JSON of a record whose top-level values may be JsonText: byte for byte what JSON.stringify gives
 * for the same record with those values parsed (keys in order, undefined values left out).
 */
export function serialiseRecord(record: Readonly<Record<string, unknown>>): string {
  const members: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    members.push(`${JSON.stringify(key)}:${value instanceof JsonText ? value.text : JSON.stringify(value)}`);
  }
  return `{${members.join(',')}}`;
}
