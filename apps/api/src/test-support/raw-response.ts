import type { Test } from 'supertest';

/** A response with its body as the bytes that came, whatever the media type. */
export interface SentResponse {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** Sends a supertest request and keeps its body as the bytes that came (PDFs, zips, any media type). */
export async function rawResponse(test: Test): Promise<SentResponse> {
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
    contentType: res.get('content-type'),
    body: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
    headers: Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name, String(value)])),
  };
}
