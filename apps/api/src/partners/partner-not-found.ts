import { jurisdictionResolver, type OrganisationRecord } from '@sco/core';
import { HttpProblem } from '../http/problem.js';
import type { ReadContext } from '../reading/read-context.js';

const CHINA = 'CHN';

function releaseName(context: ReadContext): string {
  return context.kind === 'release' ? `release ${context.release.id}` : 'the draft';
}

/**
 * The 404 of a code that is no partner of a release. It says whether the code names a country or an
 * organisation that has no agreement there, or nothing known at all.
 */
export function partnerNotFound(
  code: string,
  organisations: readonly OrganisationRecord[],
  context: ReadContext,
): HttpProblem {
  const jurisdiction = jurisdictionResolver(organisations)(code);
  const where = releaseName(context);
  let detail: string;
  if (code === CHINA) {
    detail = `${code} is China itself: it is a party to every agreement, never a partner; see /v1/partners`;
  } else if (jurisdiction) {
    const kind = jurisdiction.kind === 'country' ? 'a country' : 'an organisation';
    detail = `${code} is ${kind} (${jurisdiction.names.en}) that is a partner in no agreement of ${where}`;
  } else {
    detail =
      `${code} is neither an ISO 3166-1 alpha-3 country code nor an organisation code known to ${where}; ` +
      'the partners are listed at /v1/partners';
  }
  return new HttpProblem({
    status: 404,
    code: 'not-found',
    title: 'Not found',
    detail,
    extensions: { code, jurisdiction_kind: jurisdiction?.kind ?? null },
  });
}
