import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Level, Logger } from 'pino';
import { lineSink, type LineSink } from '../logger.js';
import { BoundedMemo } from './bounded-memo.js';
import { redactCredentials } from './credentials.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** The header that carries a request's id, both ways. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** A request's id: the caller's X-Request-Id when well formed, else a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * One structured log line per request when its response has been sent: request id, method, URL
 * (credentials redacted), status and time. Written directly on the app's logger — no child logger per
 * request, which costs as much as a cached read. Used by the middleware below and by the answer of a kept
 * reply before Express (`answerBeforeExpress`), which write the same line.
 */
export class RequestLog {
  /** A URL's redacted form depends on it alone: redacted once per URL seen lately. */
  readonly #redacted = new BoundedMemo<string>();
  /** The same as a JSON string, for lines written through the logger's sink. */
  readonly #urlJson = new BoundedMemo<string>();
  /** The logger's own line sink when it has one (`createLogger`'s server logger): the line written as text. */
  readonly #sink: LineSink | undefined;

  constructor(private readonly logger: Logger) {
    this.#sink = lineSink(logger);
  }

  /**
   * Writes the line of a request once its response has finished; `url` is the URL as sent, `started` when
   * the request reached the app (`process.hrtime.bigint()`).
   */
  follow(req: IncomingMessage, res: ServerResponse, id: string, url: string, started: bigint): void {
    res.on('finish', () => {
      const status = res.statusCode;
      const level: Level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      if (!this.logger.isLevelEnabled(level)) return;
      const responseTime = Number(process.hrtime.bigint() - started) / 1e6;
      const sink = this.#sink;
      if (sink !== undefined) {
        // The line pino writes for the object below, field for field and in the same order (request-log.test
        // compares the two), without its generic walk of the object and its redaction.
        const urlJson = this.#urlJson.get(url, () => JSON.stringify(redactCredentials(url)));
        sink.write(
          `${sink.begin(level)},"req":{"id":${JSON.stringify(id)},"method":${JSON.stringify(req.method ?? '')},` +
            `"url":${urlJson}},"res":{"status":${status}},"responseTime":${responseTime},` +
            `"msg":"request completed"}\n`,
        );
        return;
      }
      this.logger[level](
        {
          req: { id, method: req.method, url: this.#redacted.get(url, () => redactCredentials(url)) },
          res: { status },
          responseTime,
        },
        'request completed',
      );
    });
  }

  /** The first middleware of the app: the request id echoed in the response, and the line. */
  readonly middleware: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    const id = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, id);
    this.follow(req, res, id, req.originalUrl, started);
    next();
  };
}

/** The request log as a middleware of its own (an app that answers nothing before Express). */
export function requestLog(logger: Logger): RequestHandler {
  return new RequestLog(logger).middleware;
}
