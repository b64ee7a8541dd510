import { createLogger, runWorker, WorkerConfigError } from '@sco/api';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../io.js';

/**
 * `sco worker --concurrency N`: renders the brief jobs every API process queues on PostgreSQL, until
 * SIGTERM. Logs JSON lines on stdout, like the API.
 */
export async function worker(io: CliIo, options: { concurrency: string }): Promise<void> {
  const concurrency = Number(options.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
    throw new CliError(`--concurrency: expected a whole number from 1 to 16, got "${options.concurrency}"`);
  }
  const clean = await runWorker({
    env: io.env,
    rootDir: io.rootDir,
    concurrency,
    logger: createLogger(),
  }).catch((error: unknown) => {
    // A configuration the worker cannot run with: exit 78 (EX_CONFIG), like an invalid variable.
    if (error instanceof WorkerConfigError) throw new CliError(error.message, 78);
    throw error;
  });
  if (!clean) throw new CliError('the worker did not stop cleanly within SCO_SHUTDOWN_TIMEOUT_MS');
}
