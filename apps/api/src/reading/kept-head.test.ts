import { createServer, ServerResponse, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keptHead, writeKeptHead, type HeaderField } from './kept-head.js';

const BODY = Buffer.from('{"items":[1,2,3]}');
const LIST_FIELDS: HeaderField[] = [
  ['Content-Security-Policy', "default-src 'self';base-uri 'self'"],
  ['Access-Control-Allow-Origin', '*'],
  ['Vary', 'Accept, Accept-Encoding'],
  ['Sco-Release', '1.0.0'],
  ['ETag', 'W/"abc"'],
  ['Content-Type', 'application/json; charset=utf-8'],
  ['Content-Length', String(BODY.length)],
];
const EXPORT_FIELDS: HeaderField[] = [
  ['Access-Control-Allow-Origin', '*'],
  ['Content-Disposition', 'attachment; filename="agreements-1.0.0.csv"'],
  ['Link', ['</a>; rel="a"', '</b>; rel="b"']],
  ['X-Count', 3],
  ['Content-Length', String(BODY.length)],
];

/** How each request path is answered: the kept head, or writeHead with the same fields (the reference). */
function answer(res: ServerResponse, path: string): void {
  const [, how, which, status] = path.split('/');
  const fields = which === 'export' ? EXPORT_FIELDS : LIST_FIELDS;
  const code = status === '304' ? 304 : 200;
  const head = keptHead(code === 304 ? fields.slice(0, 5) : fields);
  if (how === 'kept') writeKeptHead(res, code, 'trace-1', head);
  else {
    head.flat[1] = 'trace-1';
    res.writeHead(code, head.flat);
  }
  if (code === 304 || res.req.method === 'HEAD') res.end();
  else res.end(BODY);
}

/** The raw bytes of the answers to `requests`, sent on one connection; the Date line made constant. */
function exchange(server: Server, requests: string): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.end(requests));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      resolve(
        Buffer.concat(chunks)
          .toString('latin1')
          .replace(/^Date: .*$/gm, 'Date: -'),
      );
    });
  });
}

describe('writeKeptHead', () => {
  let server: Server;

  beforeAll(async () => {
    server = createServer((req, res) => {
      answer(res, req.url ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => {
    server.close();
  });

  /** The same requests answered with the kept head and with writeHead: the bytes must not differ. */
  async function same(on: Server, requests: (how: string) => string): Promise<string> {
    const writeHead = vi.spyOn(ServerResponse.prototype, 'writeHead');
    const kept = await exchange(on, requests('kept'));
    const keptCalls = writeHead.mock.calls.length;
    const written = await exchange(on, requests('written'));
    const writtenCalls = writeHead.mock.calls.length - keptCalls;
    writeHead.mockRestore();
    expect(kept).toBe(written);
    expect(writtenCalls).toBeGreaterThan(0);
    // Only a request with Expect goes through writeHead.
    if (!requests('kept').includes('Expect:')) expect(keptCalls).toBe(0);
    return kept;
  }

  it('writes the bytes of writeHead: 200, 304, HEAD and a second request on the connection', async () => {
    const text = await same(
      server,
      (how) =>
        `GET /${how}/list/200 HTTP/1.1\r\nHost: a\r\n\r\n` +
        `GET /${how}/list/304 HTTP/1.1\r\nHost: a\r\n\r\n` +
        `HEAD /${how}/list/200 HTTP/1.1\r\nHost: a\r\n\r\n` +
        `GET /${how}/list/200 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`,
    );
    expect(
      text.match(/^HTTP\/1\.1 200 OK\r\nX-Request-Id: trace-1\r\nContent-Security-Policy:/gm),
    ).toHaveLength(3);
    expect(text).toContain('HTTP/1.1 304 Not Modified\r\nX-Request-Id: trace-1\r\n');
    expect(text.match(/^Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n/gm)).toHaveLength(3);
    expect(text).toMatch(/Connection: close\r\n\r\n\{"items":\[1,2,3\]\}$/);
  });

  it('writes the bytes of writeHead for an HTTP/1.0 client, and a request with Expect', async () => {
    await same(server, (how) => `GET /${how}/list/200 HTTP/1.0\r\n\r\n`);
    await same(server, (how) => `GET /${how}/list/200 HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n`);
  });

  it('leaves to Node the fields it reads, from the first of them on: Content-Disposition, a list, a number', async () => {
    const head = keptHead(EXPORT_FIELDS);
    expect(head.text).toBe('Access-Control-Allow-Origin: *\r\n');
    expect(head.rest[0]).toBe('Content-Disposition');
    await same(server, (how) => `GET /${how}/export/200 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`);
  });

  it('writes the head through writeHead where Node has no _storeHeader', () => {
    const writeHead = vi.fn();
    const res = { req: { headers: {} }, writeHead } as unknown as ServerResponse;
    const head = keptHead(LIST_FIELDS);
    writeKeptHead(res, 200, 'trace-2', head);
    expect(writeHead).toHaveBeenCalledWith(200, head.flat);
    expect(head.flat.slice(0, 2)).toEqual(['X-Request-Id', 'trace-2']);
  });
});
