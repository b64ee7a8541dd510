import { pino, type Logger } from 'pino';

/** Structured JSON logs on stdout; silent in tests unless asked for. */
export function createLogger(options: { readonly level?: string } = {}): Logger {
  return pino({
    level: options.level ?? 'info',
    base: { service: 'sco-api' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  });
}
