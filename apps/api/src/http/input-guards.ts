import type { Request, RequestHandler } from 'express';
import { isCredentialParameter, looksLikeKey } from './credentials.js';
import { BoundedMemo } from './bounded-memo.js';
import { HttpProblem, invalidParameters, type InvalidParam } from './problem.js';

/** Longest URL (path and query string) answered; longer ones get 414. Headers are capped by the server. */
export const MAX_URL_BYTES = 8 * 1024;
/** Deepest nesting of a JSON body: every body the API takes is an object of records a few levels deep. */
export const MAX_BODY_DEPTH = 32;

/** With the u flag, a surrogate code unit only matches when it is not half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why a piece of text cannot be taken, or null: NUL characters and unpaired UTF-16 surrogates. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(text))
    return 'must be valid Unicode: it holds an unpaired surrogate (e.g. "\\ud800")';
  return null;
}

function pathProblems(req: Request): InvalidParam[] {
  const problems: InvalidParam[] = [];
  for (const segment of req.path.split('/')) {
    if (!segment.includes('%')) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      problems.push({
        name: '(path)',
        in: 'path',
        reason: `"${segment}" is not valid percent-encoding: expected %XX escapes of UTF-8 bytes`,
      });
      continue;
    }
    const reason = textProblem(decoded);
    if (reason) problems.push({ name: '(path)', in: 'path', reason: `"${segment}" ${reason}` });
  }
  return problems;
}

function queryProblems(query: Readonly<Record<string, unknown>>): InvalidParam[] {
  const problems: InvalidParam[] = [];
  for (const [name, value] of Object.entries(query)) {
    const nameProblem = textProblem(name);
    if (nameProblem) {
      problems.push({ name: JSON.stringify(name), in: 'query', reason: `the parameter name ${nameProblem}` });
      continue;
    }
    const values = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const item of values) {
      const reason = typeof item === 'string' ? textProblem(item) : null;
      if (reason) {
        problems.push({ name, in: 'query', reason });
        break;
      }
    }
  }
  return problems;
}

function keyInQuery(query: Readonly<Record<string, unknown>>): string | null {
  for (const [name, value] of Object.entries(query)) {
    if (isCredentialParameter(name)) return name;
    const values = Array.isArray(value) ? (value as unknown[]) : [value];
    if (values.some((item) => typeof item === 'string' && looksLikeKey(item))) return name;
  }
  return null;
}

/** Every string of a JSON body (keys included) checked, iteratively, with the path of the field it is in. */
function bodyProblems(body: unknown): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const stack: { readonly value: unknown; readonly path: string; readonly depth: number }[] = [
    { value: body, path: '', depth: 0 },
  ];
  const nameOf = (path: string) => (path === '' ? '(body)' : path);
  while (stack.length > 0 && problems.length < 20) {
    const { value, path, depth } = stack.pop() ?? { value: null, path: '', depth: 0 };
    if (typeof value === 'string') {
      const reason = textProblem(value);
      if (reason) problems.push({ name: nameOf(path), in: 'body', reason });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_BODY_DEPTH) {
      problems.push({
        name: nameOf(path),
        in: 'body',
        reason: `nested more than ${MAX_BODY_DEPTH} levels deep`,
      });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      const keyProblem = textProblem(key);
      if (keyProblem) {
        problems.push({
          name: JSON.stringify(childPath),
          in: 'body',
          reason: `the field name ${keyProblem}`,
        });
        continue;
      }
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return problems.reverse();
}

/**
 * Refuses, before any route sees them, the inputs no route can take: URLs over MAX_URL_BYTES (414);
 * malformed percent-encoding, NUL characters or unpaired surrogates in the path, the query or a JSON body
 * (400 naming the field; PostgreSQL cannot store NUL, and strict JSON parsers cannot read lone surrogates);
 * and API keys in the query string (400: keys go in the Authorization header, and URLs end up in logs).
 * Runs after the JSON body parser.
 */
export function inputGuards(): RequestHandler {
  // What the query string holds depends on it alone: checked once per query string seen lately.
  const queryChecks = new BoundedMemo<{
    readonly credential: string | null;
    readonly problems: readonly InvalidParam[];
  }>();
  return (req, _res, next) => {
    if (Buffer.byteLength(req.originalUrl) > MAX_URL_BYTES) {
      throw new HttpProblem({
        status: 414,
        code: 'uri-too-long',
        title: 'URI too long',
        detail: `The path and query string may be at most ${MAX_URL_BYTES} bytes; send fewer or shorter parameters`,
      });
    }
    const at = req.url.indexOf('?');
    const { credential, problems: inQuery } = queryChecks.get(at === -1 ? '' : req.url.slice(at + 1), () => {
      const query = req.query as Record<string, unknown>;
      return { credential: keyInQuery(query), problems: queryProblems(query) };
    });
    if (credential !== null) {
      throw new HttpProblem({
        status: 400,
        code: 'key-in-query',
        title: 'API key in the query string',
        detail:
          'API keys are never read from the query string (URLs are logged and cached): send the key in the header "Authorization: Bearer <key>", and revoke the key you sent here with `sco keys revoke`',
        errors: [{ name: credential, in: 'query', reason: 'credentials go in the Authorization header' }],
      });
    }
    const problems = [...pathProblems(req), ...inQuery, ...bodyProblems(req.body)];
    if (problems.length > 0) throw invalidParameters(problems);
    next();
  };
}
