import type { Request } from 'express';
import { HttpProblem } from '../http/problem.js';
import { STUDIO_HEADER } from './session-cookie.js';

/**
 * Refuses a studio call that may come from another site: it must carry the studio's header, and its Origin
 * (and Sec-Fetch-Site, when the browser sends them) must be this server's own, as the client reached it.
 */
export function requireStudioCall(req: Request): void {
  const origin = req.get('origin');
  const site = req.get('sec-fetch-site');
  // Behind a trusted proxy (SCO_TRUST_PROXY), the protocol and host the client used, not the proxy's.
  const own = `${req.protocol}://${req.host}`;
  let reason: string | null = null;
  if (req.get(STUDIO_HEADER) !== '1') reason = `it lacks the ${STUDIO_HEADER} header the studio sends`;
  else if (origin !== undefined && origin !== own) reason = `it comes from ${origin}`;
  else if (site !== undefined && site !== 'same-origin') reason = `the browser says it is ${site}`;
  if (reason !== null) {
    throw new HttpProblem({
      status: 403,
      code: 'cross-site-request',
      title: 'Forbidden',
      detail: `A signed-in studio call must come from the studio itself: ${reason}`,
    });
  }
}
