import { describe, expect, it } from 'vitest';
import { turnBudget } from './share-the-loop.js';

/** Keeps the thread busy for `ms`, as a synchronous SQLite query does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('turnBudget (shareTheLoop)', () => {
  it('starts a burst of busy requests over several turns of the event loop, in order', async () => {
    const share = turnBudget(10);
    const order: string[] = [];
    // A callback for the loop's next turn, as an accept is: without the middleware it runs only after all
    // 30 requests of the burst.
    const io = new Promise<void>((resolve) => {
      setTimeout(() => {
        order.push('io');
        resolve();
      }, 1);
    });
    const done = Array.from(
      { length: 30 },
      (_, i) =>
        new Promise<void>((resolve) => {
          share(() => {
            order.push(`request ${i}`);
            busy(4);
            resolve();
          });
        }),
    );
    await Promise.all([io, ...done]);
    const requests = order.filter((entry) => entry !== 'io');
    expect(requests).toEqual(Array.from({ length: 30 }, (_, i) => `request ${i}`));
    // Each turn starts about budget ÷ 4 ms requests: the next turn comes long before the burst's end.
    expect(order.indexOf('io')).toBeLessThanOrEqual(12);
  });

  it('admits at once while the turn has budget left', () => {
    const share = turnBudget(10);
    let admitted = 0;
    for (let i = 0; i < 5; i++) share(() => admitted++);
    expect(admitted).toBe(5);
  });
});
