import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Options } from 'express-rate-limit';
import type { Db } from '@sco/db';
import type { Logger } from 'pino';
import { XLSX_MEDIA_TYPE } from '../exports/export-format.js';
import type { Principal } from './principal.js';
import { PostgresRateLimitStore } from './postgres-rate-limit-store.js';
import { HttpProblem } from './problem.js';

/** How many requests a client may make per window. */
export interface RateLimitSettings {
  /** Writes (POST, PATCH, DELETE…) per API key, or per IP address for requests without one. */
  readonly writes: number;
  /** Expensive reads (file exports, citations, data packages, indicator values) per IP address. */
  readonly expensiveReads: number;
  /**
   * PDF briefs asked for (POST /v1/briefs, or a brief's permalink GET /v1/briefs/pdf: each a Chromium render
   * unless cached) per API key, or per IP address for requests without one.
   */
  readonly briefs: number;
  readonly windowMs: number;
}

/**
 * Per minute. Expensive reads allow 600 per address: a page with the widgets asks for about five indicator
 * values, and many readers may share one address (an office, a campus); published values are served from the
 * response cache, so the limit guards against scripted sweeps of new queries, not against readers.
 */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  writes: 60,
  expensiveReads: 600,
  briefs: 20,
  windowMs: 60_000,
};

const READS = new Set(['GET', 'HEAD']);

/** Whether a request asks for a brief: a POST of one, or its permalink (which renders it unless cached). */
export function asksForBrief(req: Request): boolean {
  if (req.method === 'POST') return /^\/v1\/briefs\/?$/.test(req.path);
  return READS.has(req.method) && /^\/v1\/briefs\/pdf\/?$/.test(req.path);
}

/** Reads that build a file or compute over a whole release, whoever's route serves them. */
const EXPENSIVE_PATHS: readonly RegExp[] = [
  /^\/v1\/cite\/?$/,
  /^\/v1\/releases\/[^/]+\/datapackage\.zip$/,
  /^\/v1\/indicators\/[^/]+\/?$/,
];
const FILE_FORMATS = new Set(['csv', 'xlsx']);
const FILE_TYPES = ['text/csv', XLSX_MEDIA_TYPE];

/** Whether a request is an expensive read: by its path, or because it asks for a CSV or XLSX file. */
export function isExpensiveRead(req: Request): boolean {
  if (!READS.has(req.method)) return false;
  if (EXPENSIVE_PATHS.some((path) => path.test(req.path))) return true;
  const format: unknown = req.query['format'];
  const formats = Array.isArray(format) ? format : [format];
  if (formats.some((value) => typeof value === 'string' && FILE_FORMATS.has(value.toLowerCase())))
    return true;
  // Media types are case-insensitive (RFC 9110 §8.3.1): "TEXT/CSV" asks for a CSV file too.
  const accept = (req.get('accept') ?? '').toLowerCase();
  return FILE_TYPES.some((type) => accept.includes(type));
}

type PgPool = NonNullable<Db['pgPool']>;

function principalOf(res: { locals: Record<string, unknown> }): Principal | null {
  return (res.locals['principal'] as Principal | null | undefined) ?? null;
}

function limiter(
  settings: {
    readonly limit: number;
    readonly windowMs: number;
    readonly name: string;
    readonly per: string;
  },
  logger: Logger,
  options: Partial<Options>,
  pool: PgPool | null,
): RequestHandler {
  const seconds = Math.ceil(settings.windowMs / 1000);
  return rateLimit({
    ...(pool && { store: new PostgresRateLimitStore(pool, settings.name) }),
    windowMs: settings.windowMs,
    limit: settings.limit,
    identifier: settings.name,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    logger: {
      error: (error, message) => {
        logger.error({ err: error }, message ?? 'rate limiter error');
      },
      warn: (error, message) => {
        logger.warn({ err: error }, message ?? 'rate limiter warning');
      },
    },
    // Answered like every other error: problem details, through the error handler.
    handler: (_req, res, next) => {
      const retryAfter = String(res.getHeader('Retry-After') ?? seconds);
      next(
        new HttpProblem({
          status: 429,
          code: 'too-many-requests',
          title: 'Too many requests',
          detail: `At most ${settings.limit} ${settings.name} per ${seconds} s ${settings.per}; try again in ${retryAfter} s`,
          headers: { 'Retry-After': retryAfter },
        }),
      );
    },
    ...options,
  });
}

/**
 * The API's rate limits: writes per API key (per address without one), PDF briefs asked for per API key
 * (a write too, so both count), and expensive reads per address.
 * On SQLite (one process) the counters live in the process (express-rate-limit's memory store); given the
 * PostgreSQL pool, they live in the database, so that every API process counts a client once.
 * Responses carry RateLimit and RateLimit-Policy (IETF draft 8) and, once limited, Retry-After.
 */
export function rateLimits(
  settings: RateLimitSettings,
  logger: Logger,
  pool: PgPool | null = null,
): {
  readonly writes: RequestHandler;
  readonly expensiveReads: RequestHandler;
  readonly briefs: RequestHandler;
} {
  const perKey = (req: Request, res: { locals: Record<string, unknown> }) => {
    const principal = principalOf(res);
    return principal ? `key:${principal.keyId}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
  };
  return {
    writes: limiter(
      { limit: settings.writes, windowMs: settings.windowMs, name: 'writes', per: 'per API key' },
      logger,
      { skip: (req) => READS.has(req.method) || req.method === 'OPTIONS', keyGenerator: perKey },
      pool,
    ),
    briefs: limiter(
      { limit: settings.briefs, windowMs: settings.windowMs, name: 'briefs', per: 'per API key' },
      logger,
      { skip: (req) => !asksForBrief(req), keyGenerator: perKey },
      pool,
    ),
    expensiveReads: limiter(
      {
        limit: settings.expensiveReads,
        windowMs: settings.windowMs,
        name: 'expensive-reads',
        per: 'per address',
      },
      logger,
      { skip: (req) => !isExpensiveRead(req) },
      pool,
    ),
  };
}
