import { pino, type Logger } from 'pino';

/** Bytes of log lines held before they are written in one `write` (about 15 request lines). */
export const LOG_BUFFER_BYTES = 4096;

/** The longest a line waits in that buffer, in ms: an idle server's lines still show at once to a reader. */
export const LOG_FLUSH_MS = 100;

export type LogDestination = ReturnType<typeof pino.destination>;

/**
 * Log lines to a file descriptor through a buffer: written synchronously, but once LOG_BUFFER_BYTES have
 * gathered (one `write` for about fifteen request lines instead of one each, which cost a cached read a
 * tenth of its time) and at least every LOG_FLUSH_MS; what is left is written when the process exits —
 * `process.exit` after a graceful stop, an uncaught exception, the event loop running dry. A process killed
 * outright (SIGKILL, the OOM killer, a signal it does not handle) loses what the buffer holds: at most
 * LOG_BUFFER_BYTES, the lines of the last LOG_FLUSH_MS.
 */
export function bufferedDestination(fd: number): LogDestination {
  const destination = pino.destination({
    dest: fd,
    sync: true,
    minLength: LOG_BUFFER_BYTES,
    periodicFlush: LOG_FLUSH_MS,
  });
  const writeOut = (): void => {
    try {
      destination.flushSync();
    } catch {
      // Closed already, or never opened: nothing is left to write, and the process is ending anyway.
    }
  };
  process.on('exit', writeOut);
  destination.on('close', () => {
    process.off('exit', writeOut);
  });
  return destination;
}

let stdout: LogDestination | undefined;

export interface LoggerOptions {
  readonly level?: string;
  /**
   * Write through the process's one buffered stdout (`bufferedDestination`): the API's server, whose
   * request log writes a line per request. Otherwise (a worker, a command) each line is written as logged.
   */
  readonly buffered?: boolean;
}

/** Structured JSON logs on stdout; silent in tests unless asked for. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const settings = {
    level: options.level ?? 'info',
    base: { service: 'sco-api' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  };
  if (options.buffered !== true) return pino(settings);
  stdout ??= bufferedDestination(1);
  return pino(settings, stdout);
}
