import type { CliIo } from './io.js';

/**
 * Runs one named step of a longer task, telling the user when it starts and how long it took. Progress goes
 * to stderr so that stdout stays clean for data (e.g. `--json`).
 */
export async function step<T>(
  io: CliIo,
  label: string,
  run: () => Promise<T>,
  done?: (result: T) => string,
): Promise<T> {
  const started = performance.now();
  io.stderr(`… ${label}\n`);
  const result = await run();
  const ms = Math.round(performance.now() - started);
  io.stderr(`✓ ${label}${done ? `: ${done(result)}` : ''} (${ms} ms)\n`);
  return result;
}
