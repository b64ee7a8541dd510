import type { RequestHandler, Response } from 'express';
import { PROBLEM_BASE } from './problem.js';

/** Seconds a client is asked to wait before retrying a request refused while the server stops. */
export const DRAINING_RETRY_AFTER_S = 5;

function answerUnavailable(res: Response, detail: string): void {
  res.setHeader('Connection', 'close');
  res.setHeader('Retry-After', String(DRAINING_RETRY_AFTER_S));
  res.setHeader('Cache-Control', 'no-store');
  res.status(503).type('application/problem+json');
  res.send(
    JSON.stringify({
      type: `${PROBLEM_BASE}/shutting-down`,
      title: 'Shutting down',
      status: 503,
      detail,
      instance: res.req.path,
      request_id: String(res.getHeader('X-Request-Id') ?? ''),
    }),
  );
}

/**
 * Whether the server is draining, and the responses it still owes. Once draining (SIGTERM), every request
 * received is answered 503 with Retry-After and `Connection: close` — /readyz included, so a load balancer
 * stops sending — while the requests received before go on to their result, sent with `Connection: close`.
 * What is still unanswered when the time is up is answered 503 by `abandon()`.
 */
export class ServerLifecycle {
  #draining = false;
  readonly #inFlight = new Set<Response>();

  get draining(): boolean {
    return this.#draining;
  }

  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** The first middleware of the app. */
  readonly middleware: RequestHandler = (_req, res, next) => {
    if (this.#draining) {
      answerUnavailable(res, 'The server is shutting down; retry on another instance or in a few seconds');
      return;
    }
    this.#inFlight.add(res);
    res.on('close', () => this.#inFlight.delete(res));
    next();
  };

  startDraining(): void {
    this.#draining = true;
    for (const res of this.#inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
  }

  /** Answers 503 to every request still waiting for its response; returns how many. */
  abandon(): number {
    let answered = 0;
    for (const res of this.#inFlight) {
      if (res.headersSent) continue;
      answerUnavailable(res, 'The server stopped before this request finished; retry it');
      answered += 1;
    }
    return answered;
  }
}
