import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { ServerLifecycle } from './http/server-lifecycle.js';

export interface ShutdownOptions {
  readonly server: Server;
  readonly lifecycle: ServerLifecycle;
  readonly logger: Logger;
  /** The whole budget, from the signal to the resources closed (SCO_SHUTDOWN_TIMEOUT_MS). */
  readonly timeoutMs: number;
  /** Closes what the server holds (the brief renderer, then the database pool). */
  readonly closeResources: () => Promise<void>;
}

const delay = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

/**
 * Stops a server without dropping a request it received:
 * 1. draining: every new request is answered 503 + Retry-After + `Connection: close` (so /readyz fails and a
 *    load balancer moves away), requests in flight go on; the listener stays open for a short grace (a tenth
 *    of the budget, at most 1 s) so that connections already queued by the kernel are answered, not reset;
 * 2. the listener closes and idle keep-alive connections with it;
 * 3. the requests still in flight get until 80 % of the budget; what is left is answered 503;
 * 4. the brief renderer and the database pool close in what remains.
 * Resolves true when everything closed within the budget.
 */
export async function gracefulShutdown(options: ShutdownOptions): Promise<boolean> {
  const { server, lifecycle, logger, timeoutMs } = options;
  const started = Date.now();
  lifecycle.startDraining();
  logger.info({ in_flight: lifecycle.inFlight, timeout_ms: timeoutMs }, 'shutting down: draining requests');
  await delay(Math.min(1000, timeoutMs / 10));

  const closed = new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  server.closeIdleConnections();
  const requestsDone = await Promise.race([
    closed.then(() => true),
    delay(timeoutMs * 0.8 - (Date.now() - started)).then(() => false),
  ]);
  if (!requestsDone) {
    const answered = lifecycle.abandon();
    logger.warn({ answered }, 'requests still running at 80 % of the shutdown budget were answered 503');
    await delay(50);
    server.closeAllConnections();
  }

  const remaining = Math.max(0, timeoutMs - (Date.now() - started));
  const resourcesClosed = await Promise.race([
    options.closeResources().then(
      () => true,
      (error: unknown) => {
        logger.error({ err: error }, 'closing the brief renderer or the database failed');
        return false;
      },
    ),
    delay(remaining).then(() => false),
  ]);
  logger.info({ ms: Date.now() - started, clean: resourcesClosed }, 'stopped');
  return resourcesClosed;
}
