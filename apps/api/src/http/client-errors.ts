import { createServer, type RequestListener, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_BASE } from './problem.js';

/** Largest request head (request line and headers) Node's parser accepts, in bytes (`--max-http-header-size`). */
export const MAX_HEADER_BYTES = 16 * 1024;

interface ClientError extends Error {
  readonly code?: string;
}

function problemFor(error: ClientError): { status: number; code: string; title: string; detail: string } {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      code: 'headers-too-large',
      title: 'Request header fields too large',
      detail: `The request line and headers may be at most ${MAX_HEADER_BYTES} bytes together; send a shorter query string or fewer headers`,
    };
  }
  if (error.code === 'HPE_URI_TOO_LONG') {
    return {
      status: 414,
      code: 'uri-too-long',
      title: 'URI too long',
      detail: `The request line and headers may be at most ${MAX_HEADER_BYTES} bytes together`,
    };
  }
  return {
    status: 400,
    code: 'malformed-request',
    title: 'Malformed request',
    detail: `The request is not valid HTTP/1.1 (${error.code ?? 'parse error'}): check the request line and that header values hold no control characters`,
  };
}

/**
 * Answers requests Node's HTTP parser refuses before Express sees them (a head over MAX_HEADER_BYTES, a NUL
 * or another control character in a header) with problem details instead of a bare status line, then closes
 * the connection. Timeouts and resets are closed silently, as Node does.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: ClientError, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
      return;
    }
    const problem = problemFor(error);
    const body = JSON.stringify({
      type: `${PROBLEM_BASE}/${problem.code}`,
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
    });
    socket.end(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\n` +
        'Content-Type: application/problem+json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}

/** How long idle keep-alive connections and request heads may take (above a proxy's idle timeout). */
export interface ConnectionTimeouts {
  readonly keepAliveTimeoutMs: number;
  readonly headersTimeoutMs: number;
}

/**
 * The API's HTTP server: heads capped at MAX_HEADER_BYTES, parser errors answered as problems, and the
 * keep-alive and head timeouts given (Node's defaults without them).
 */
export function createHttpServer(listener: RequestListener, timeouts?: ConnectionTimeouts): Server {
  const server = createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      ...(timeouts && {
        keepAliveTimeout: timeouts.keepAliveTimeoutMs,
        headersTimeout: timeouts.headersTimeoutMs,
      }),
    },
    listener,
  );
  answerClientErrors(server);
  return server;
}
