import { subjectOf, type BriefRequest } from '@sco/briefs';

/**
 * The file name a brief downloads as, e.g. "sco-brief-partner-RUS-fr-letter-1.0.0.pdf" (with "report" before the release for the long form): every part is
 * ASCII (codes, never names), so no encoding is needed in Content-Disposition.
 */
export function briefFileName(request: BriefRequest & { readonly release: string }): string {
  const parts = [
    'sco-brief',
    request.template,
    subjectOf(request),
    request.lang,
    request.paper,
    request.length === 'report' ? 'report' : null,
    request.release,
  ];
  return `${parts.filter((part) => part !== null).join('-')}.pdf`.replace(/[^A-Za-z0-9._-]/g, '_');
}
