export { run } from './run.js';
export { CliError } from './cli-error.js';
export type { CliIo } from './io.js';
