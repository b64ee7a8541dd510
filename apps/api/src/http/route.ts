import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { NextFunction, Request, Response, Router } from 'express';
import { problemResponses } from '../openapi/components.js';
import { z } from '../openapi/zod.js';
import type { ApiRegistry } from '../openapi/registry.js';
import { BoundedMemo } from './bounded-memo.js';
import { HttpProblem, invalidParameters } from './problem.js';
import type { Principal, Role } from './principal.js';
import { checkInput, flattenQuery, parseInput, type CheckedInput } from './validation.js';

type Method = 'get' | 'post' | 'patch' | 'delete';

export interface RouteContext<Q, P, B> {
  readonly req: Request;
  readonly res: Response;
  readonly query: Q;
  readonly params: P;
  readonly body: B;
  readonly principal: Principal | null;
}

export interface RouteSpec<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  readonly method: Method;
  /** OpenAPI path, e.g. "/v1/agreements/{id}". */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  /** A strict object: unknown query parameters are rejected. */
  readonly query?: Q;
  readonly params?: P;
  readonly body?: {
    readonly schema: B;
    readonly contentTypes: readonly string[];
    readonly description?: string;
  };
  /** Roles allowed to call; absent = public. */
  readonly roles?: readonly Role[];
  readonly responses: RouteConfig['responses'];
  readonly handler: (context: RouteContext<z.output<Q>, z.output<P>, z.output<B>>) => Promise<void> | void;
}

const empty = z.strictObject({});

const DATABASE_BUSY = {
  ...problemResponses(503)[503],
  description:
    'The database stayed locked by another writer (SQLite): nothing was written; retry after Retry-After',
};

const NOT_MODIFIED = { description: 'Not modified: the If-None-Match tag names the current representation' };

function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function requireRole(principal: Principal | null, roles: readonly Role[] | undefined): void {
  if (!roles) return;
  if (!principal) {
    throw new HttpProblem({
      status: 401,
      code: 'unauthenticated',
      title: 'Authentication required',
      detail: 'Send an API key as "Authorization: Bearer <key>"',
      headers: { 'WWW-Authenticate': 'Bearer realm="sco"' },
    });
  }
  if (!roles.includes(principal.role)) {
    throw new HttpProblem({
      status: 403,
      code: 'forbidden',
      title: 'Forbidden',
      detail: `This needs a key with the role ${roles.join(' or ')}; this key has the role ${principal.role}`,
    });
  }
}

function requireContentType(req: Request, types: readonly string[]): void {
  if (req.is([...types]) === false || !req.get('content-type')) {
    throw new HttpProblem({
      status: 415,
      code: 'unsupported-media-type',
      title: 'Unsupported media type',
      detail: `Send the body as ${types.join(' or ')}`,
      headers: { 'Accept-Patch': types.join(', ') },
    });
  }
}

/** The query string as the client sent it (after `?`), or '' without one. */
function rawQuery(req: Request): string {
  const at = req.url.indexOf('?');
  return at === -1 ? '' : req.url.slice(at + 1);
}

/**
 * A value frozen through and through: a validated query is shared by every request with the same query
 * string, so a handler that changed it would change it for the next ones (it fails instead).
 */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) frozen(inner);
  }
  return value;
}

/**
 * Declares a route once: its OpenAPI operation is registered from the same zod schemas that validate the
 * request, then the Express handler parses query, path and body (every invalid input is reported), checks
 * the caller's role and runs the handler.
 */
export function route<
  Q extends z.ZodType = typeof empty,
  P extends z.ZodType = typeof empty,
  B extends z.ZodType = z.ZodUndefined,
>(router: Router, registry: ApiRegistry, spec: RouteSpec<Q, P, B>): void {
  registry.registerPath({
    method: spec.method,
    path: spec.path,
    operationId: spec.operationId,
    summary: spec.summary,
    description: spec.description,
    tags: [...spec.tags],
    // Public operations say so (`security: []`), so that a linter can tell them from forgotten ones.
    security: spec.roles ? [{ apiKey: [] }] : [],
    request: {
      query: spec.query as z.ZodObject | undefined,
      params: spec.params as z.ZodObject | undefined,
      body: spec.body
        ? {
            description: spec.body.description,
            required: true,
            content: Object.fromEntries(
              spec.body.contentTypes.map((type) => [type, { schema: spec.body?.schema }]),
            ),
          }
        : undefined,
    },
    // Every route answers 400 (its query is strict) and 401 (a bad API key is refused everywhere); every
    // read may answer 304 (If-None-Match naming its ETag, or `*` while it exists: RFC 9110 §13.1.2).
    responses: {
      ...problemResponses(400, 401),
      ...(spec.method === 'get' ? { 304: NOT_MODIFIED } : { 503: DATABASE_BUSY }),
      ...spec.responses,
    },
  });
  registry.noteMethod(spec.path, spec.method);
  const querySchema = spec.query ?? empty;
  const queries = new BoundedMemo<CheckedInput<unknown>>();

  router[spec.method](expressPath(spec.path), async (req: Request, res: Response, next: NextFunction) => {
    const principal = res.locals['principal'] as Principal | null | undefined;
    requireRole(principal ?? null, spec.roles);
    // The query string decides the result alone: validated once per query string seen lately.
    const checked = queries.get(rawQuery(req), () =>
      frozen(checkInput(querySchema, flattenQuery(req.query as Record<string, unknown>), 'query')),
    );
    if (!checked.ok) throw invalidParameters(checked.problems);
    const query = checked.data;
    // A route without path parameters has none to check (Express gives it an empty object).
    const params = spec.params ? parseInput(spec.params, req.params, 'path') : {};
    let body: unknown = undefined;
    if (spec.body) {
      requireContentType(req, spec.body.contentTypes);
      body = parseInput(spec.body.schema, req.body, 'body');
    }
    await spec.handler({
      req,
      res,
      query: query as z.output<Q>,
      params: params as z.output<P>,
      body: body as z.output<B>,
      principal: principal ?? null,
    });
    if (!res.headersSent) next(new Error(`${spec.operationId} sent no response`));
  });
}
