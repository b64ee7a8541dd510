import { performance } from 'node:perf_hooks';
import type { RequestHandler } from 'express';

/** The synchronous work one turn of the event loop may start before later requests wait for the next turn. */
export const TURN_BUDGET_MS = 10;

/**
 * Spreads requests over turns of the event loop, so that a busy server still accepts new connections.
 * Node (libuv) accepts one waiting connection per turn of the loop, and on SQLite a turn runs every request
 * that arrived in it to its end (the queries are synchronous): under 200 busy connections a turn lasted
 * hundreds of milliseconds, and a burst of new connections waited in the kernel's queue for more than 10 s
 * (the load benchmark's timeouts on SQLite; PostgreSQL's queries yield, so its turns stay short). Once the
 * requests started in a turn have used `budgetMs`, later ones are started in a later turn (setImmediate,
 * in order), after the loop has polled, and accepted, again.
 */
export function shareTheLoop(budgetMs = TURN_BUDGET_MS): RequestHandler {
  const admit = turnBudget(budgetMs);
  return (_req, _res, next) => {
    admit(() => {
      next();
    });
  };
}

/**
 * The scheduler of `shareTheLoop`: `admit(start)` calls `start` at once while the current turn of the event
 * loop has used less than `budgetMs` since its first admission, else in a later turn (those deferred keep
 * their order; each turn starts a budget's worth of them).
 */
export function turnBudget(budgetMs: number): (start: () => void) => void {
  let turnStarted: number | null = null;
  const endTurn = (): void => {
    turnStarted = null;
  };
  const admit = (start: () => void): void => {
    const now = performance.now();
    if (turnStarted === null) {
      turnStarted = now;
      // Immediates queued while the loop runs its immediates wait for its next turn.
      setImmediate(endTurn);
    }
    if (now - turnStarted < budgetMs) start();
    else
      setImmediate(() => {
        admit(start);
      });
  };
  return admit;
}
