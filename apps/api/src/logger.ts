import { pino, type DestinationStream, type Level, type Logger } from 'pino';

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
  /** Where the lines go instead of stdout (a test reading them); `buffered` is then ignored. */
  readonly destination?: DestinationStream;
}

/**
 * Writes lines in a logger's own format without pino's generic path (its object walk, its redaction of
 * paths such a line never holds): for a line written on every request. The caller writes the rest of the
 * line after `begin` — its own fields, then `"msg"` — exactly as pino would order and encode them.
 */
export interface LineSink {
  /** What pino writes first at this level: `{"level":30,"time":…` and the logger's bindings. */
  begin(level: Level): string;
  /** Writes a whole line (ending with "\n") to the logger's destination. */
  write(line: string): void;
}

const sinks = new WeakMap<Logger, LineSink>();

/**
 * The line sink of a logger made by `createLogger` with a destination of its own (the API server's buffered
 * stdout, or a given one): its format is known (pino's defaults: numeric levels, epoch time, `msg`, no
 * formatters, hooks or mixin). Undefined for any other logger, whose lines go through pino.
 */
export function lineSink(logger: Logger): LineSink | undefined {
  return sinks.get(logger);
}

/** `sink` for `logger` as `createLogger` configures it: the bindings written as pino writes them. */
function sinkOf(logger: Logger, destination: DestinationStream): LineSink {
  const bindings = JSON.stringify(logger.bindings()).slice(1, -1);
  const after = bindings === '' ? '' : `,${bindings}`;
  const values = logger.levels.values;
  const levels = new Map<string, string>(
    Object.keys(values).map((label) => [label, `{"level":${values[label] ?? 0}`]),
  );
  return {
    begin: (level) => `${levels.get(level) ?? ''},"time":${Date.now()}${after}`,
    write: (line) => {
      destination.write(line);
    },
  };
}

/** Structured JSON logs on stdout; silent in tests unless asked for. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const settings = {
    level: options.level ?? 'info',
    base: { service: 'sco-api' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  };
  let destination = options.destination;
  if (destination === undefined) {
    if (options.buffered !== true) return pino(settings);
    stdout ??= bufferedDestination(1);
    destination = stdout;
  }
  const logger = pino(settings, destination);
  // A multistream wants each line's level and object beside it: those lines go through pino.
  const metadata = (destination as unknown as Record<symbol, unknown>)[pino.symbols.needsMetadataGsym];
  if (metadata !== true) sinks.set(logger, sinkOf(logger, destination));
  return logger;
}
