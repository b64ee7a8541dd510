/** One invalid input: which parameter (or body field), where it was, and why it is wrong. */
export interface InvalidParam {
  readonly name: string;
  readonly in: 'query' | 'path' | 'body' | 'header';
  readonly reason: string;
}

export interface ProblemInit {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  /** A short code appended to the problem type URI, e.g. "invalid-parameters". */
  readonly code: string;
  readonly errors?: readonly InvalidParam[];
  readonly headers?: Readonly<Record<string, string>>;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * An expected failure of a request, answered as RFC 9457 problem details. Thrown anywhere below the routes;
 * turned into a response in one place, the error handler.
 */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly code: string;
  readonly errors: readonly InvalidParam[] | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: ProblemInit) {
    super(init.detail ?? init.title);
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.code = init.code;
    this.errors = init.errors;
    this.headers = init.headers ?? {};
    this.extensions = init.extensions ?? {};
  }
}

/** Problem type URIs are relative references to the API's documentation of each problem. */
export const PROBLEM_BASE = '/docs/problems';

export function invalidParameters(errors: readonly InvalidParam[]): HttpProblem {
  const names = [...new Set(errors.map((error) => error.name))];
  return new HttpProblem({
    status: 400,
    code: 'invalid-parameters',
    title: 'Invalid request parameters',
    detail: `${names.length === 1 ? 'One parameter is' : `${names.length} parameters are`} invalid: ${names.join(', ')}`,
    errors,
  });
}

export function notFound(detail: string): HttpProblem {
  return new HttpProblem({ status: 404, code: 'not-found', title: 'Not found', detail });
}

/** Nothing has been published yet: reads of the latest release have nothing to read (503, try later). */
export function noReleaseYet(): HttpProblem {
  return new HttpProblem({
    status: 503,
    code: 'no-release',
    title: 'No release yet',
    detail: 'No data has been published yet',
    headers: { 'Retry-After': '60' },
  });
}
