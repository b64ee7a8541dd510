import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** Headers that differ from one response to the next by design. */
const PER_RESPONSE = new Set(['date', 'x-request-id']);

/** A response as it came over the socket. */
export interface Sent {
  readonly status: number;
  /** Every header as it came, in order, without Date and X-Request-Id. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
  /** The X-Request-Id it carried. */
  readonly requestId: string | undefined;
}

/** An app listening on a loopback port of its own. */
export function listening(app: Express): Promise<Server> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

/** One request over a socket, keeping the headers' names as sent and their order. */
export function send(
  server: Server,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
  body?: string,
): Promise<Sent> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const pairs: [string, string][] = [];
        let requestId: string | undefined;
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i] ?? '';
          const value = res.rawHeaders[i + 1] ?? '';
          if (name.toLowerCase() === 'x-request-id') requestId = value;
          if (!PER_RESPONSE.has(name.toLowerCase())) pairs.push([name, value]);
        }
        resolve({ status: res.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks), requestId });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A header of a response, by name in any case. */
export const header = (sent: Sent, name: string): string | undefined =>
  sent.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
