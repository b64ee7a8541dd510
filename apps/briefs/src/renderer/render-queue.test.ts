import { describe, expect, it } from 'vitest';
import { QueueFullError } from './queue-full-error.js';
import { RenderQueue } from './render-queue.js';
import { RendererClosedError } from './renderer-closed-error.js';

function deferred(): { promise: Promise<string>; resolve: (value: string) => void } {
  let resolve: (value: string) => void = () => undefined;
  const promise = new Promise<string>((done) => (resolve = done));
  return { promise, resolve };
}

describe('the render queue', () => {
  it('runs at most `concurrency` jobs, holds `capacity` more and refuses the next', async () => {
    const queue = new RenderQueue(1, 2);
    const jobs = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = jobs.map((job, index) =>
      queue.run(() => {
        started.push(index);
        return job.promise;
      }),
    );
    await expect(queue.run(() => Promise.resolve('late'))).rejects.toBeInstanceOf(QueueFullError);
    expect(started).toEqual([0]);
    expect(queue.stats()).toEqual({ running: 1, queued: 2 });
    jobs[0]?.resolve('a');
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
    jobs[1]?.resolve('b');
    jobs[2]?.resolve('c');
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c']);
    expect(queue.stats()).toEqual({ running: 0, queued: 0 });
  });

  it('tells a waiting job its place, takes it out when aborted, and refuses all when closed', async () => {
    const queue = new RenderQueue(1, 3);
    const first = deferred();
    const running = queue.run(() => first.promise);
    const places: number[] = [];
    const controller = new AbortController();
    const aborted = queue.run(() => Promise.resolve('x'), { signal: controller.signal });
    const waiting = queue.run(() => Promise.resolve('y'), {
      onPosition: (position) => places.push(position),
    });
    controller.abort(new Error('cancelled'));
    await expect(aborted).rejects.toThrow('cancelled');
    expect(places).toEqual([2, 1]);
    queue.close();
    await expect(waiting).rejects.toBeInstanceOf(RendererClosedError);
    first.resolve('done');
    expect(await running).toBe('done');
  });
});
