import type { Request } from 'express';
import { HttpProblem } from './problem.js';

/** The representation a client asked for among those a route produces, or a 406 problem. */
export function negotiate<T extends string>(req: Request, produces: readonly T[]): T {
  const chosen = req.accepts([...produces]);
  if (chosen === false) {
    throw new HttpProblem({
      status: 406,
      code: 'not-acceptable',
      title: 'Not acceptable',
      detail: `This resource is available as ${produces.join(', ')}; the Accept header asked for ${req.get('accept') ?? '(nothing)'}`,
      extensions: { available: produces },
    });
  }
  return chosen as T;
}
