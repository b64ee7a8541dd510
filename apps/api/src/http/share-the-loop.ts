import { performance } from 'node:perf_hooks';
import type { RequestHandler } from 'express';

/** The synchronous work one turn of the event loop may start before later requests wait for the next turn. */
export const TURN_BUDGET_MS = 10;

/**
 * The scheduler of `shareTheLoop`: a request starts at once while the current turn of the event loop has
 * used less than `budgetMs` since its first admission, else in a later turn (those deferred keep their
 * order; each turn starts a budget's worth of them). One per app: the requests answered before Express
 * (`answerBeforeExpress`) count in the same turns as those of the chain.
 */
export class TurnBudget {
  #turnStarted: number | null = null;
  readonly #endTurn = (): void => {
    this.#turnStarted = null;
  };

  constructor(readonly budgetMs = TURN_BUDGET_MS) {}

  /** Whether a request may start now (the turn has budget left); counts it in the turn if so. */
  hasRoom(): boolean {
    const now = performance.now();
    if (this.#turnStarted === null) {
      this.#turnStarted = now;
      // Immediates queued while the loop runs its immediates wait for its next turn.
      setImmediate(this.#endTurn);
    }
    return now - this.#turnStarted < this.budgetMs;
  }

  /** Calls `start` now when the turn has room, else in a later turn, in order. */
  readonly admit = (start: () => void): void => {
    if (this.hasRoom()) start();
    else
      setImmediate(() => {
        this.admit(start);
      });
  };
}

/**
 * Spreads requests over turns of the event loop, so that a busy server still accepts new connections.
 * Node (libuv) accepts one waiting connection per turn of the loop, and on SQLite a turn runs every request
 * that arrived in it to its end (the queries are synchronous): under 200 busy connections a turn lasted
 * hundreds of milliseconds, and a burst of new connections waited in the kernel's queue for more than 10 s
 * (the load benchmark's timeouts on SQLite; PostgreSQL's queries yield, so its turns stay short). Once the
 * requests started in a turn have used the budget, later ones are started in a later turn (setImmediate,
 * in order), after the loop has polled, and accepted, again.
 */
export function shareTheLoop(budget = new TurnBudget()): RequestHandler {
  return (_req, _res, next) => {
    budget.admit(() => {
      next();
    });
  };
}

/** `admit(start)` of a budget of its own (see TurnBudget). */
export function turnBudget(budgetMs: number): (start: () => void) => void {
  return new TurnBudget(budgetMs).admit;
}
