import {
  BriefPageError,
  BrowserLaunchError,
  InvalidBriefRequestError,
  QueueFullError,
  ReleaseMismatchError,
  RendererClosedError,
  StepTimeoutError,
  UnknownSubjectError,
} from '@sco/briefs';
import { diskFullDetail, isDiskFull } from '../http/disk-full.js';
import { HttpProblem, PROBLEM_BASE, type InvalidParam } from '../http/problem.js';
import type { JobProblem } from './brief-job.js';

/**
 * The answer to a brief the renderer would not take (before anything is queued), or null for an error that
 * is not the client's or the renderer's expected refusal. `retryAfter`: seconds, for a full queue; `where`:
 * where the request's fields were (the body of a POST, the query of a permalink).
 */
export function refusalProblem(
  error: unknown,
  retryAfter: () => number,
  where: InvalidParam['in'] = 'body',
): HttpProblem | null {
  if (error instanceof InvalidBriefRequestError) {
    return new HttpProblem({
      status: 400,
      code: 'invalid-parameters',
      title: 'Invalid request parameters',
      detail: error.message,
    });
  }
  if (error instanceof UnknownSubjectError) {
    return new HttpProblem({
      status: 422,
      code: 'unknown-subject',
      title: 'Unknown subject',
      detail:
        error.template === 'partner'
          ? `${error.message}; the partners are listed at /v1/partners`
          : error.message,
      errors: [{ name: 'subject', in: where, reason: error.message }],
      extensions: { subject: error.subject, release: error.release },
    });
  }
  if (error instanceof ReleaseMismatchError) {
    return new HttpProblem({
      status: 422,
      code: 'release-mismatch',
      title: 'Release mismatch',
      detail: error.message,
    });
  }
  if (error instanceof QueueFullError) {
    const seconds = String(retryAfter());
    return new HttpProblem({
      status: 429,
      code: 'renderer-busy',
      title: 'Too many briefs at once',
      detail: `The brief renderer is busy: ${error.running} rendering and ${error.queued} waiting, which is all it holds; try again in ${seconds} s`,
      headers: { 'Retry-After': seconds },
    });
  }
  if (error instanceof RendererClosedError) {
    return new HttpProblem({
      status: 503,
      code: 'shutting-down',
      title: 'Shutting down',
      detail: 'The API is stopping and takes no more briefs; try again in a minute',
      headers: { 'Retry-After': '60' },
    });
  }
  return null;
}

function problem(code: string, title: string, status: number, detail: string): JobProblem {
  return { type: `${PROBLEM_BASE}/${code}`, title, status, detail };
}

/** Why a brief that was queued failed, for its job's status. Never the stack: that goes to the log. */
export function failureProblem(error: unknown): JobProblem {
  if (isDiskFull(error)) {
    return problem('disk-full', 'Disk full', 507, diskFullDetail("the brief's PDF"));
  }
  if (error instanceof StepTimeoutError) {
    return problem('brief-timeout', 'Brief timed out', 504, `${error.message}; try again`);
  }
  if (error instanceof BrowserLaunchError) {
    return problem(
      'renderer-unavailable',
      'Renderer unavailable',
      503,
      `Chromium could not start: ${error.message}`,
    );
  }
  if (error instanceof BriefPageError) {
    return problem('brief-page-error', 'Brief page failed', 500, error.message);
  }
  if (error instanceof RendererClosedError) {
    return problem(
      'brief-interrupted',
      'Brief interrupted',
      503,
      'The API stopped during the render; ask for it again',
    );
  }
  return problem('internal-error', 'Brief failed', 500, 'The render failed; the cause is in the server log');
}
