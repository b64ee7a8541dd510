import type { Request } from 'express';
import { HttpProblem } from '../http/problem.js';
import { ifMatchVersions, recordEtag } from '../agreements/record-etag.js';

/** What an If-Match header accepts: versions of the record, or '*' (any current version). */
export type IfMatch = readonly number[] | '*';

/** The If-Match of an edit, required so that no edit overwrites another made since the record was read. */
export function requireIfMatch(req: Request, id: string): IfMatch {
  const header = req.get('if-match');
  if (header === undefined) {
    throw new HttpProblem({
      status: 428,
      code: 'if-match-required',
      title: 'Precondition required',
      detail:
        `Send If-Match with the ETag of agreement ${id} as you read it (GET /v1/agreements/${id}?state=draft), ` +
        'so that your edit cannot overwrite one made since',
    });
  }
  return ifMatchVersions(header);
}

/** Answers 412 when the record's current version is not one If-Match names. */
export function checkIfMatch(ifMatch: IfMatch, id: string, current: number): void {
  if (ifMatch === '*' || ifMatch.includes(current)) return;
  throw new HttpProblem({
    status: 412,
    code: 'stale-version',
    title: 'Precondition failed',
    detail:
      `agreement ${id} is at version ${current} (ETag ${recordEtag(current)}) and If-Match does not name it: ` +
      `it has changed since you read it. Read it again (GET /v1/agreements/${id}?state=draft) and reapply your edit`,
    extensions: { current_version: current },
  });
}
