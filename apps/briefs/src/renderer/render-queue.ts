import { QueueFullError } from './queue-full-error.js';
import { RendererClosedError } from './renderer-closed-error.js';

interface Waiting {
  readonly start: () => void;
  readonly reject: (error: Error) => void;
  readonly onPosition: (position: number) => void;
}

/**
 * A bounded queue with a concurrency limit: at most `concurrency` jobs run at once and at most `capacity`
 * wait; a job beyond that is refused at once with QueueFullError.
 */
export class RenderQueue {
  private running = 0;
  private readonly waiting: Waiting[] = [];
  private closed = false;

  constructor(
    private readonly concurrency: number,
    private readonly capacity: number,
  ) {}

  stats(): { readonly running: number; readonly queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }

  /**
   * Runs a job when a slot is free. `onPosition` is told the job's place in the line (1 = next) while it
   * waits; an aborted signal takes it out of the line.
   */
  run<T>(
    job: () => Promise<T>,
    options: { onPosition?: (position: number) => void; signal?: AbortSignal } = {},
  ): Promise<T> {
    if (this.closed) return Promise.reject(new RendererClosedError());
    if (options.signal?.aborted) return Promise.reject(options.signal.reason as Error);
    if (this.running >= this.concurrency && this.waiting.length >= this.capacity) {
      return Promise.reject(new QueueFullError(this.running, this.waiting.length));
    }
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running++;
        job()
          .then(resolve, reject)
          .finally(() => {
            this.running--;
            this.next();
          });
      };
      if (this.running < this.concurrency) {
        start();
        return;
      }
      const entry: Waiting = { start, reject, onPosition: options.onPosition ?? (() => undefined) };
      this.waiting.push(entry);
      entry.onPosition(this.waiting.length);
      options.signal?.addEventListener('abort', () => {
        const index = this.waiting.indexOf(entry);
        if (index === -1) return;
        this.waiting.splice(index, 1);
        reject(options.signal?.reason as Error);
        this.announce();
      });
    });
  }

  private next(): void {
    if (this.running >= this.concurrency) return;
    const entry = this.waiting.shift();
    if (!entry) return;
    this.announce();
    entry.start();
  }

  private announce(): void {
    this.waiting.forEach((entry, index) => {
      entry.onPosition(index + 1);
    });
  }

  /** Refuses every job still waiting and every new one. */
  close(): void {
    this.closed = true;
    for (const entry of this.waiting.splice(0)) entry.reject(new RendererClosedError());
  }
}
