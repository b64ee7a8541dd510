import {
  BRIEF_LENGTHS,
  BRIEF_STEPS,
  BRIEF_TEMPLATES,
  InvalidBriefRequestError,
  PAPERS,
  parseBriefRequest,
  type BriefRequest,
} from '@sco/briefs';
import { LANGS, RELEASE_ID_PATTERN } from '@sco/core';
import { z } from '../openapi/zod.js';
import { BRIEF_JOB_STATUSES } from './brief-job.js';
import { JOB_ID_PATTERN } from './brief-store.js';

const FIELDS = ['template', 'subject', 'lang', 'paper', 'length', 'release'] as const;

/** One problem of parseBriefRequest ("field: reason") as a zod issue on that field. */
function issueOf(problem: string): { path: string[]; message: string } {
  const match = /^(\w+): (.*)$/s.exec(problem);
  const field = match?.[1];
  return field !== undefined && (FIELDS as readonly string[]).includes(field)
    ? { path: [field], message: match?.[2] ?? problem }
    : { path: [], message: problem };
}

/** The fields of a brief request: the body of POST /v1/briefs, the query of its permalink. */
const briefRequestFields = {
  template: z.enum(BRIEF_TEMPLATES, { error: `expected a template: ${BRIEF_TEMPLATES.join(', ')}` }).openapi({
    description: 'overview (the global picture), partner, region or sector',
  }),
  subject: z
    .string()
    .optional()
    .openapi({
      description:
        'The partner (ISO 3166-1 alpha-3 or organisation code, e.g. RUS), the UN M49 region (e.g. 142) or the ' +
        'ICS field (e.g. 35); none for the overview',
      example: 'RUS',
    }),
  lang: z.enum(LANGS, { error: `expected a language: ${LANGS.join(', ')}` }),
  paper: z
    .enum(PAPERS, { error: `expected a paper size: ${PAPERS.join(', ')}` })
    .optional()
    .openapi({ description: 'a4 (default) or letter' }),
  length: z
    .enum(BRIEF_LENGTHS, { error: `expected a length: ${BRIEF_LENGTHS.join(', ')}` })
    .optional()
    .openapi({
      description:
        'brief (default): a short policy brief — cover with key findings and the headline figure, a few pages ' +
        'of analysis, the method in words, sources; report: the long form with every table',
    }),
  release: z
    .string()
    .regex(RELEASE_ID_PATTERN, 'expected a release id such as "1.0.0"')
    .optional()
    .openapi({ description: 'The data release; absent = the latest', example: '1.0.0' }),
};

/**
 * The body of POST /v1/briefs. Its form is declared here for the OpenAPI document; what it means is
 * checked by @sco/briefs' parseBriefRequest (a subject for every template but the overview, its form per
 * template), whose every problem is reported on its field.
 */
export const briefRequestBody = z
  .strictObject(briefRequestFields)
  .openapi('BriefRequest')
  .transform((body, ctx): BriefRequest => {
    if (body.template === 'overview' && body.subject !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['subject'],
        message: 'the overview brief has no subject: leave it out',
      });
      return z.NEVER;
    }
    if (body.template !== 'overview' && body.subject === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['subject'],
        message: `a ${body.template} brief needs a subject`,
      });
      return z.NEVER;
    }
    try {
      return parseBriefRequest(body);
    } catch (error) {
      if (!(error instanceof InvalidBriefRequestError)) throw error;
      for (const problem of error.problems) ctx.addIssue({ code: 'custom', ...issueOf(problem) });
      return z.NEVER;
    }
  });

/**
 * The query of GET /v1/briefs/pdf, a brief's permalink: the fields of the POST body, each a query parameter
 * (its form checked here); what they mean together is checked by briefRequestBody, as for a POST.
 */
export const briefPermalinkQuery = z.strictObject(briefRequestFields);

export const briefJobParams = z.strictObject({
  id: z
    .string()
    .regex(JOB_ID_PATTERN, 'expected a brief job id such as brief-0123456789abcdef0123456789abcdef')
    .openapi({ description: 'The job id POST /v1/briefs gave' }),
});

export const listBriefsQuery = z.strictObject({
  limit: z
    .string()
    .regex(/^\d+$/, 'expected a number from 1 to 100')
    .transform(Number)
    .pipe(z.int().min(1, 'expected at least 1').max(100, 'expected at most 100'))
    .default(20)
    .openapi({ type: 'integer', description: 'How many jobs (default 20, at most 100)' }),
});

const problemOfJobSchema = z
  .strictObject({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
  })
  .openapi('BriefJobProblem', { description: 'Why the job failed (problem details, RFC 9457)' });

const stepTimingsSchema = z
  .strictObject(Object.fromEntries(BRIEF_STEPS.map((step) => [step, z.number().optional()])))
  .openapi('BriefStepTimings', { description: 'Milliseconds per step, summed over passes and attempts' });

export const briefJobSchema = z
  .strictObject({
    id: z.string().openapi({ example: 'brief-0123456789abcdef0123456789abcdef' }),
    href: z.string().openapi({ description: 'This job' }),
    status: z.enum(BRIEF_JOB_STATUSES).openapi({
      description: 'queued (waiting for the renderer), rendering, done (the PDF is ready) or failed',
    }),
    request: z
      .strictObject({
        template: z.enum(BRIEF_TEMPLATES),
        subject: z.string().nullable(),
        lang: z.enum(LANGS),
        paper: z.enum(PAPERS),
        length: z.enum(BRIEF_LENGTHS),
        release: z.string().openapi({ description: 'The data release the brief is built from' }),
      })
      .openapi('BriefJobRequest'),
    step: z.enum(BRIEF_STEPS).nullable().openapi({
      description: 'The step running while rendering: launch, load, fonts, layout, pdf, post-process',
    }),
    progress: z.number().min(0).max(1).openapi({ description: 'Share of the work done, from 0 to 1' }),
    queue_position: z.int().nullable().openapi({ description: 'While queued: 1 = next' }),
    attempts: z
      .int()
      .openapi({ description: 'More than 1 when the browser crashed and the brief was rendered again' }),
    created_at: z.string().openapi({ description: 'ISO 8601 instant the job was created' }),
    started_at: z.string().nullable(),
    finished_at: z.string().nullable(),
    timings: z
      .strictObject({
        queued_ms: z.int().nullable().openapi({ description: 'Waiting for the renderer' }),
        render_ms: z.int().nullable().openapi({ description: 'From the first step to the PDF' }),
        steps: stepTimingsSchema,
      })
      .openapi('BriefJobTimings'),
    pages: z.int().nullable(),
    bytes: z.int().nullable(),
    file_name: z.string().openapi({ example: 'sco-brief-partner-RUS-fr-a4-1.0.0.pdf' }),
    pdf: z.string().nullable().openapi({ description: 'The PDF, once done' }),
    problem: z.union([problemOfJobSchema, z.null()]),
  })
  .openapi('BriefJob');

export const briefJobListSchema = z
  .strictObject({
    total: z.int(),
    items: z
      .array(briefJobSchema)
      .openapi({ description: 'The caller’s briefs, most recently asked for first' }),
  })
  .openapi('BriefJobList');
