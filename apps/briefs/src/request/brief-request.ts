import { LANGS, REGION_CODES, releaseIdSchema } from '@sco/core';
import { z } from 'zod';

/** The kinds of brief: the global picture, one partner, one region, one sector. */
export const BRIEF_TEMPLATES = ['overview', 'partner', 'region', 'sector'] as const;
export type BriefTemplate = (typeof BRIEF_TEMPLATES)[number];

/** Paper sizes a brief is laid out for. */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** ISO 3166-1 alpha-3 country codes and organisation codes, as the data writes them. */
const PARTNER_CODE = /^[A-Z][A-Z0-9-]{1,19}$/;

/** An http(s) origin: a scheme and a host with an optional port, nothing after it. */
const ORIGIN = /^https?:\/\/(?:[A-Za-z0-9][A-Za-z0-9.-]{0,252}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?\/?$/;

/**
 * How long a brief is: "brief" (the default) a cover with the key findings and the headline figure, a few
 * pages of analysis with its figures, the method in words and the sources; "report" the long form with every
 * table, lineage, coded provisions and each indicator's method.
 */
export const BRIEF_LENGTHS = ['brief', 'report'] as const;
export type BriefLength = (typeof BRIEF_LENGTHS)[number];

const common = {
  lang: z.enum(LANGS, { error: `expected a language: ${LANGS.join(', ')}` }),
  paper: z.enum(PAPERS, { error: `expected a paper size: ${PAPERS.join(', ')}` }).default('a4'),
  length: z
    .enum(BRIEF_LENGTHS, { error: `expected a length: ${BRIEF_LENGTHS.join(', ')}` })
    .default('brief')
    .meta({ description: 'brief (default): a short policy brief; report: the long form with every table' }),
  release: releaseIdSchema.optional().meta({ description: 'The data release; absent = the latest' }),
  origin: z
    .string()
    .regex(
      ORIGIN,
      'expected an origin such as "https://observatory.example" (http or https, a host, no path)',
    )
    .transform((origin) => new URL(origin).origin)
    .optional()
    .meta({
      description:
        'Where the API is published (scheme, host, port): the brief prints its permalink on it. Set by whoever ' +
        'starts the render (the API from the request, the command line from --origin), never by a client body',
    }),
};

/**
 * What to render: a template, its subject where it has one, a language, a paper size and the release. The
 * subject is checked against the release's data when the brief is built (an unknown partner is an error).
 */
export const briefRequestSchema = z.discriminatedUnion(
  'template',
  [
    z.strictObject({ template: z.literal('overview'), ...common }),
    z.strictObject({
      template: z.literal('partner'),
      subject: z
        .string()
        .regex(
          PARTNER_CODE,
          'expected an ISO 3166-1 alpha-3 code (e.g. RUS) or an organisation code (e.g. ASEAN)',
        ),
      ...common,
    }),
    z.strictObject({
      template: z.literal('region'),
      // A well-formed code that is not a region is an unknown subject (as for a partner), found when the
      // brief is built: 400 for a malformed subject, 422 for an unknown one, whatever the template.
      subject: z.string().regex(/^(?:\d{3}|[a-z]{1,20})$/, {
        error: `expected a three-digit UN M49 region: ${REGION_CODES.join(', ')} (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania)`,
      }),
      ...common,
    }),
    z.strictObject({
      template: z.literal('sector'),
      subject: z.string().regex(/^\d{2}$/, { error: 'expected a two-digit ICS top-level field such as 35' }),
      ...common,
    }),
  ],
  { error: `expected a template: ${BRIEF_TEMPLATES.join(', ')}` },
);

/** A validated brief request. */
export type BriefRequest = z.output<typeof briefRequestSchema>;
/** What a caller may pass (the paper and the length may be left out). */
export type BriefRequestInput = z.input<typeof briefRequestSchema>;

/** The subject of a request, or null for the overview. */
export function subjectOf(request: BriefRequest): string | null {
  return request.template === 'overview' ? null : request.subject;
}

/**
 * The request as a query string, e.g. "template=partner&subject=RUS&lang=fr&paper=a4&release=1.0.0"; the
 * length is named only when it is the long form ("&length=report").
 */
export function describeQuery(request: BriefRequest, release: string): string {
  const params = new URLSearchParams({ template: request.template });
  const subject = subjectOf(request);
  if (subject !== null) params.set('subject', subject);
  params.set('lang', request.lang);
  params.set('paper', request.paper);
  if (request.length === 'report') params.set('length', 'report');
  params.set('release', release);
  return params.toString();
}
