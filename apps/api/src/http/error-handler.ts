import type { ErrorRequestHandler } from 'express';
import {
  AgreementNotFoundError,
  AgreementReferencedError,
  InvalidCursorError,
  InvalidQueryError,
  ReleaseImmutableError,
  StaleVersionError,
} from '@sco/db';
import type { Logger } from 'pino';
import { redactCredentials } from './credentials.js';
import { databaseBusy, isDatabaseBusy } from './database-busy.js';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable.js';
import { diskFull, isDiskFull } from './disk-full.js';
import { HttpProblem, invalidParameters, PROBLEM_BASE } from './problem.js';

interface BodyParserError {
  readonly type: string;
  readonly status?: number;
  readonly limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && typeof error.type === 'string';
}

/** Every error a request can meet, as the problem it is for the client. Unknown errors are 500s. */
export function toProblem(error: unknown): HttpProblem | null {
  if (error instanceof HttpProblem) return error;
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  if (error instanceof StaleVersionError) {
    return new HttpProblem({
      status: 412,
      code: 'stale-version',
      title: 'Precondition failed',
      detail: `${error.record_type} ${error.record_id} has changed since the version you sent in If-Match; fetch it again`,
      extensions: { current_version: error.actual },
    });
  }
  if (error instanceof AgreementNotFoundError) {
    return new HttpProblem({ status: 404, code: 'not-found', title: 'Not found', detail: error.message });
  }
  if (error instanceof AgreementReferencedError) {
    return new HttpProblem({
      status: 409,
      code: 'referenced',
      title: 'Conflict',
      detail: error.message,
      extensions: { referrers: error.referrers },
    });
  }
  if (error instanceof ReleaseImmutableError) {
    return new HttpProblem({
      status: 409,
      code: 'release-immutable',
      title: 'Conflict',
      detail: error.message,
    });
  }
  if (error instanceof InvalidCursorError) {
    return invalidParameters([{ name: 'cursor', in: 'query', reason: error.reason }]);
  }
  if (error instanceof InvalidQueryError) {
    return invalidParameters([{ name: error.parameter, in: 'query', reason: error.message }]);
  }
  if (isDatabaseBusy(error)) return databaseBusy();
  if (isDiskFull(error)) return diskFull();
  if (error instanceof URIError) {
    // The router's decoding of a path parameter; inputGuards answers these first, this is the backstop.
    return invalidParameters([
      {
        name: '(path)',
        in: 'path',
        reason: 'not valid percent-encoding: expected %XX escapes of UTF-8 bytes',
      },
    ]);
  }
  if (isBodyParserError(error)) {
    switch (error.type) {
      case 'entity.too.large':
        return new HttpProblem({
          status: 413,
          code: 'body-too-large',
          title: 'Body too large',
          detail: `The body may be at most ${error.limit ?? 0} bytes`,
        });
      case 'entity.parse.failed':
        return invalidParameters([{ name: '(body)', in: 'body', reason: 'the body is not valid JSON' }]);
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return new HttpProblem({
          status: 415,
          code: 'unsupported-media-type',
          title: 'Unsupported media type',
          detail: 'Send UTF-8 JSON',
        });
      default:
        if (error.status !== undefined && error.status >= 400 && error.status < 500) {
          return new HttpProblem({ status: error.status, code: 'bad-request', title: 'Bad request' });
        }
    }
  }
  return null;
}

/**
 * The one place errors become responses: RFC 9457 problem details, with the request id. A 500 says nothing
 * about its cause (no stack, no SQL); the cause goes to the log.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const problem = toProblem(error);
    const requestId = String(res.getHeader('X-Request-Id') ?? '');
    if (!problem)
      logger.error(
        { err: error, request_id: requestId, url: redactCredentials(req.originalUrl) },
        'unhandled error',
      );
    const status = problem?.status ?? 500;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    for (const [name, value] of Object.entries(problem?.headers ?? {})) res.setHeader(name, value);
    res.removeHeader('ETag');
    res.setHeader('Cache-Control', 'no-store');
    res
      .status(status)
      .type('application/problem+json')
      .send(
        JSON.stringify({
          type: `${PROBLEM_BASE}/${problem?.code ?? 'internal-error'}`,
          title: problem?.title ?? 'Internal server error',
          status,
          ...(problem?.detail !== undefined ? { detail: problem.detail } : {}),
          instance: redactCredentials(req.originalUrl),
          request_id: requestId,
          ...(problem?.errors ? { errors: problem.errors } : {}),
          ...problem?.extensions,
        }),
      );
  };
}
