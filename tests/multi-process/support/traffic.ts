import { setTimeout as sleep } from 'node:timers/promises';
import { call, type Answer } from './http.js';

/** Reads that each reach the database (on PostgreSQL every read looks the latest release up). */
export const READS = [
  '/v1/agreements?limit=5',
  '/v1/agreements/sac-din-2006',
  '/v1/agreements?limit=3&sort=-signed_date',
  '/readyz',
];

/** An answer and the path it was for. */
export interface Sent extends Answer {
  readonly path: string;
}

/** The `i`th request of loop number `lane`. */
export type Send = (origin: string, lane: number, i: number) => Promise<Sent>;

/** The reads of READS in turn, each loop starting at another. */
export const sendRead: Send = async (origin, lane, i) => {
  const path = READS[(lane + i) % READS.length] ?? '/readyz';
  return { ...(await call(origin, path)), path };
};

/** Load from a number of loops until stop() is called. */
export interface Traffic {
  /** Every answer, in the order received. */
  readonly answers: Sent[];
  /** Requests that got no HTTP answer at all (a refused or reset connection). */
  readonly failures: unknown[];
  stop(): Promise<void>;
}

/**
 * Requests sent back to back from `lanes` loops over `origins` (reads by default) until stop() is called;
 * every answer is kept. `pauseMs` spaces each loop's requests (writes, under their rate limit).
 */
export function traffic(
  origins: readonly string[],
  lanes: number,
  send: Send = sendRead,
  pauseMs = 0,
): Traffic {
  const answers: Sent[] = [];
  const failures: unknown[] = [];
  let running = true;
  const loops = Array.from({ length: lanes }, async (_, lane) => {
    for (let i = 0; running; i++) {
      const origin = origins[(lane + i) % origins.length] ?? '';
      try {
        answers.push(await send(origin, lane, i));
        if (pauseMs > 0) await sleep(pauseMs);
      } catch (error) {
        // A refused or reset HTTP connection: the API process is not answering at all.
        failures.push(error);
        await sleep(50);
      }
    }
  });
  return {
    answers,
    failures,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}
