import type { Test } from 'supertest';

/** Sends a request for a PDF and gives the response with its body as the bytes that came. */
export async function download(test: Test): Promise<{
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}> {
  const res = await test.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => {
      done(null, Buffer.concat(chunks));
    });
  });
  const body: unknown = res.body;
  const headers: unknown = res.headers;
  return {
    status: res.status,
    headers: Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name, String(value)])),
    body: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
  };
}
