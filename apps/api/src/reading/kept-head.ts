import { STATUS_CODES, type OutgoingHttpHeader, type ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER } from '../http/request-log.js';

/** A response header as it was set: its name as written, and its value. */
export type HeaderField = readonly [name: string, value: OutgoingHttpHeader];

/**
 * The head of a kept reply's 200 or 304, built once per reply: the request id's header first (its value given
 * by each answer), then the reply's fields in order. `text` holds, as Node writes them, the leading fields
 * Node only copies into the head (`Name: value\r\n`, the values checked by Node when the chain set them);
 * `rest` the fields from the first one Node reads as well (Content-Length, Connection, Transfer-Encoding,
 * Date, Expect, Trailer, Keep-Alive, Content-Disposition, or a list of values), flat (name, value, …), which
 * Node checks and reads as for any response. `flat` is the whole head as `writeHead` takes it.
 */
export interface KeptHead {
  readonly text: string;
  readonly rest: readonly OutgoingHttpHeader[];
  readonly flat: OutgoingHttpHeader[];
}

/**
 * Header names Node's `_storeHeader` acts on besides writing them (its `matchHeader` and `processHeader`):
 * they decide the framing and the connection, or are re-encoded.
 */
const READ_BY_NODE = new Set([
  'connection',
  'transfer-encoding',
  'content-length',
  'date',
  'expect',
  'trailer',
  'keep-alive',
  'content-disposition',
]);

/** Header text: letters, digits and the visible characters, tab and Latin-1 (Node's own check, inverted). */
const PLAIN_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** A token (RFC 9110 §5.6.2), as Node checks a header's name. */
const TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;

/** The head of `fields` for `writeKeptHead`. */
export function keptHead(fields: readonly HeaderField[]): KeptHead {
  let text = '';
  let at = 0;
  for (; at < fields.length; at++) {
    const [name, value] = fields[at] ?? ['', ''];
    if (typeof value !== 'string' && typeof value !== 'number') break;
    const line = String(value);
    if (READ_BY_NODE.has(name.toLowerCase()) || !TOKEN.test(name) || !PLAIN_VALUE.test(line)) break;
    text += `${name}: ${line}\r\n`;
  }
  const rest: OutgoingHttpHeader[] = [];
  for (const [name, value] of fields.slice(at)) rest.push(name, value);
  const flat: OutgoingHttpHeader[] = [REQUEST_ID_HEADER, ''];
  for (const [name, value] of fields) flat.push(name, value);
  return { text, rest, flat };
}

/** What `writeKeptHead` uses of Node's ServerResponse beyond its declared API (node:_http_outgoing). */
interface StoresHeader {
  _storeHeader?: (firstLine: string, headers: readonly OutgoingHttpHeader[] | null) => void;
  _hasBody?: boolean;
  _header?: string | null;
}

/**
 * Writes a kept reply's head as `res.writeHead(status, head.flat)` would — the same bytes — without Node
 * checking and joining each of its twenty-odd fields on every answer: the status line, the request id and
 * `head.text` go to Node's `_storeHeader` (what `writeHead` calls) as the head's first line, and Node checks
 * and reads the fields of `head.rest` and adds Date, Connection and Keep-Alive (or Connection: close) and the
 * framing as for any response. `id` must be a request id as `requestIdOf` gives it (token characters only).
 * Falls back to `writeHead` where Node has no `_storeHeader`, and for a request that sent Expect (whose
 * answer `writeHead` may close).
 */
export function writeKeptHead(res: ServerResponse, status: 200 | 304, id: string, head: KeptHead): void {
  const node = res as unknown as StoresHeader;
  const store = node._storeHeader;
  if (typeof store !== 'function' || res.req.headers.expect !== undefined || node._header) {
    head.flat[1] = id;
    res.writeHead(status, head.flat);
    return;
  }
  // What writeHead does before _storeHeader, for a response nothing was set on.
  const message = STATUS_CODES[status] ?? '';
  res.statusCode = status;
  res.statusMessage = message;
  if (status === 304) node._hasBody = false;
  store.call(res, `HTTP/1.1 ${status} ${message}\r\n${REQUEST_ID_HEADER}: ${id}\r\n${head.text}`, head.rest);
}
