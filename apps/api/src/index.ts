export { createApp, BODY_LIMIT } from './app.js';
export { bootstrap, BootstrapError } from './bootstrap.js';
export { createLogger } from './logger.js';
export type { AppDeps } from './deps.js';
export { runWorker, WorkerConfigError, type RunWorkerOptions } from './briefs/shared/run-worker.js';
export { CountWarmer } from './indicators/count-warmer.js';
export { buildId } from './http/build-id.js';
