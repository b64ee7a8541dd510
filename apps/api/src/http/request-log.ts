import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { BoundedMemo } from './bounded-memo.js';
import { redactCredentials } from './credentials.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * One structured log line per request when its response has been sent: request id (the caller's
 * X-Request-Id when well formed, else a new UUID, echoed in the response), method, URL (credentials redacted), status and time.
 * Written directly on the app's logger — no child logger per request, which costs as much as a cached read.
 */
export function requestLog(logger: Logger): RequestHandler {
  // A URL's redacted form depends on it alone: redacted once per URL seen lately.
  const redacted = new BoundedMemo<string>();
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    res.on('finish', () => {
      const status = res.statusCode;
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const responseTime = Number(process.hrtime.bigint() - started) / 1e6;
      logger[level](
        {
          req: {
            id,
            method: req.method,
            url: redacted.get(req.originalUrl, () => redactCredentials(req.originalUrl)),
          },
          res: { status },
          responseTime,
        },
        'request completed',
      );
    });
    next();
  };
}
