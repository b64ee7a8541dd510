const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');

/**
 * JSON already serialised and encoded as UTF-8 (a list of items kept as bytes by a cache, for instance), to
 * be written into a response body as it is, where JSON.stringify would serialise the value again and the
 * body would then be encoded to UTF-8 again: on a listing that misses the response cache, turning the 44 kB
 * of a page into a string and back into bytes cost more than reading the page's ids.
 */
export class JsonText {
  private constructor(readonly chunks: readonly Uint8Array[]) {}

  /** A JSON array of items, each already serialised as UTF-8. */
  static array(items: readonly Uint8Array[]): JsonText {
    const chunks: Uint8Array[] = [OPEN];
    for (const [index, item] of items.entries()) {
      if (index > 0) chunks.push(COMMA);
      chunks.push(item);
    }
    chunks.push(CLOSE);
    return new JsonText(chunks);
  }
}

/**
 * The JSON of a record whose top-level values may be JsonText, as UTF-8: byte for byte what
 * `Buffer.from(JSON.stringify(record))` gives for the same record with those values parsed (keys in order,
 * undefined values left out). The bytes of JsonText values are copied once, never decoded.
 */
export function encodeRecord(record: Readonly<Record<string, unknown>>): Buffer {
  const chunks: Uint8Array[] = [];
  let text = '{';
  let first = true;
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (value instanceof JsonText) {
      chunks.push(Buffer.from(text), ...value.chunks);
      text = '';
    } else {
      text += JSON.stringify(value);
    }
  }
  chunks.push(Buffer.from(`${text}}`));
  return Buffer.concat(chunks);
}
