import type { Express } from 'express';

/** A route Express answers: a method and a path in Express's form (`/v1/agreements/:id`). */
export interface ExpressRoute {
  readonly method: string;
  readonly path: string;
}

type Loose = Readonly<Record<string, unknown>>;

function isLoose(value: unknown): value is Loose {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}

function routesOfStack(stack: unknown, mounts: string[]): ExpressRoute[] {
  if (!Array.isArray(stack)) return [];
  return stack.flatMap((layer: unknown): ExpressRoute[] => {
    if (!isLoose(layer)) return [];
    const { route, handle, rawPath } = layer;
    if (isLoose(route) && isLoose(route['methods'])) {
      const paths: unknown[] = Array.isArray(route['path']) ? route['path'] : [route['path']];
      const methods = Object.keys(route['methods']).map((method) => method.toUpperCase());
      return paths.flatMap((path) =>
        typeof path === 'string' ? methods.map((method) => ({ method, path })) : [],
      );
    }
    if (isLoose(handle) && Array.isArray(handle['stack'])) return routesOfStack(handle['stack'], mounts);
    if (typeof rawPath === 'string' && rawPath !== '/') mounts.push(rawPath);
    return [];
  });
}

/**
 * Every route registered in an Express 5 app (routers mounted at the root included), and the paths that
 * middleware is mounted at (`router.use('/docs/assets', …)`).
 */
export function expressRoutes(app: Express): { routes: ExpressRoute[]; mounts: string[] } {
  const mounts: string[] = [];
  const stack: unknown = app.router.stack;
  return { routes: routesOfStack(stack, mounts), mounts };
}
