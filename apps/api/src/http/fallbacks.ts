import type { RequestHandler } from 'express';
import type { ApiRegistry } from '../openapi/registry.js';
import { HttpProblem, notFound } from './problem.js';

function pattern(path: string): RegExp {
  const literal = (part: string) => part.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  return new RegExp(
    `^${path
      .split(/\{\w+\}/)
      .map(literal)
      .join('[^/]+')}/?$`,
  );
}

/**
 * Answers what no route answered: 405 with an Allow header when the path exists under another method,
 * otherwise 404. Both as problem details.
 */
export function fallbacks(registry: ApiRegistry): RequestHandler {
  return (req, _res, next) => {
    const allowed = new Set<string>();
    for (const [path, methods] of registry.methods) {
      if (pattern(path).test(req.path)) for (const method of methods) allowed.add(method);
    }
    if (allowed.size > 0 && req.method !== 'OPTIONS') {
      const allow = [...allowed].sort().join(', ');
      next(
        new HttpProblem({
          status: 405,
          code: 'method-not-allowed',
          title: 'Method not allowed',
          detail: `${req.method} is not allowed here; allowed: ${allow}`,
          headers: { Allow: allow },
        }),
      );
      return;
    }
    next(notFound(`Nothing at ${req.path}; the API's routes are listed at /openapi.json`));
  };
}
