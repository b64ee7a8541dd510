import { request, type Agent, type IncomingHttpHeaders } from 'node:http';
import { CURRENT_ETAG, type FuzzRequest } from './fuzz-request.js';

export interface FuzzResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** Sends exactly these bytes over a real socket of the agent and reads the whole answer. */
export function send(
  origin: URL,
  agent: Agent,
  method: string,
  path: string,
  headers: Readonly<Record<string, string>>,
  body: Buffer | null,
): Promise<FuzzResponse> {
  return new Promise((resolve, reject) => {
    const sent = { ...headers, ...(body === null ? {} : { 'Content-Length': String(body.length) }) };
    const req = request(
      { host: origin.hostname, port: origin.port, method, path, headers: sent, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

/**
 * Sends a fuzzed request; a header asking for the current ETag gets the one a GET of the same path answers
 * now (to an editor, drafts included), so conditional requests can succeed as well as fail.
 */
export async function sendFuzzed(
  origin: URL,
  agent: Agent,
  fuzzed: FuzzRequest,
  editorAuth: string,
): Promise<FuzzResponse> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(fuzzed.headers)) {
    if (value !== CURRENT_ETAG) {
      headers[name] = value;
      continue;
    }
    const separator = fuzzed.path.includes('?') ? '&' : '?';
    const current = await send(
      origin,
      agent,
      'GET',
      `${fuzzed.path}${separator}state=draft`,
      { Authorization: editorAuth },
      null,
    );
    const etag = current.headers['etag'];
    headers[name] = typeof etag === 'string' ? etag : '"none"';
  }
  return send(origin, agent, fuzzed.method, fuzzed.path, headers, fuzzed.body);
}
