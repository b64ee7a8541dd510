/** One invalid parameter named by a problem (RFC 9457 `errors` extension of the API). */
export interface InvalidParam {
  readonly name: string;
  readonly in: string;
  readonly reason: string;
}

/** An RFC 9457 problem details body, as the API sends it. */
export interface Problem {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors?: readonly InvalidParam[];
}

/** The API answered with an error status; its problem details, when it sent some, are kept. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly errors: readonly InvalidParam[];
  readonly url: string;

  constructor(url: string, status: number, problem: Problem) {
    const title = problem.title ?? `HTTP ${status}`;
    super(problem.detail ? `${title}: ${problem.detail}` : title);
    this.url = url;
    this.status = status;
    this.title = title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.errors = problem.errors ?? [];
  }
}

/** The API could not be reached (network failure, refused connection, CORS refusal, bad JSON). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly url: string;

  constructor(url: string, cause: unknown) {
    super(`Cannot read ${url}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.url = url;
  }
}
