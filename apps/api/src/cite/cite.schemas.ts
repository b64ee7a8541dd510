import { listAgreementsQuery } from '../agreements/agreements.schemas.js';
import { releaseRefSchema } from '../openapi/components.js';
import { z } from '../openapi/zod.js';

export const CITATION_FORMATS = ['text', 'bibtex', 'ris', 'json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

// A citation names a set of agreements, not a page or a file of them: no paging, sorting or export format
// (`format` here is the citation's), nor the language of a page's titles; and it cites a release, never the draft.
const {
  limit: _limit,
  cursor: _cursor,
  sort: _sort,
  format: _format,
  state: _state,
  lang: _lang,
  ...citableShape
} = listAgreementsQuery.shape;

/** The filters a citation pins, in the order its permalink lists them. */
export const CITED_FILTERS = Object.keys(citableShape).filter((key) => key !== 'release');

/**
 * GET /v1/cite: the filters of GET /v1/agreements (validated the same way; unknown parameters are
 * rejected), the release to cite (the latest by default) and the format.
 */
export const citeQuery = z
  .strictObject({
    ...citableShape,
    format: z
      .enum(CITATION_FORMATS, { error: `expected one of: ${CITATION_FORMATS.join(', ')}` })
      .optional()
      .openapi({
        description:
          'text (text/plain), bibtex (application/x-bibtex), ris (application/x-research-info-systems) or json (every part); by default chosen from the Accept header, plain text first',
      }),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    error: 'from must not be after to',
    path: ['from'],
  });

export type CiteQuery = z.output<typeof citeQuery>;

export const citationSchema = z
  .strictObject({
    release: releaseRefSchema,
    title: z.string(),
    authors: z.array(z.string()),
    publisher: z.string(),
    version: z.string().openapi({ description: 'The cited release' }),
    date: z.string().openapi({ description: 'The day the release was published (YYYY-MM-DD, UTC)' }),
    published_at: z.string(),
    licence: z.strictObject({ id: z.string(), name: z.string(), url: z.string() }),
    permalink: z.string().openapi({
      description:
        'GET /v1/agreements with the same filters, pinned to the cited release: it keeps returning what was cited',
    }),
    query: z
      .strictObject(Object.fromEntries(CITED_FILTERS.map((name) => [name, z.string().optional()])))
      .openapi({ description: 'The filters cited, as in the permalink (release aside)' }),
    agreements: z.int().openapi({ description: 'Agreements the query matches in the cited release' }),
    text: z.string(),
    bibtex: z.string(),
    ris: z.string(),
  })
  .openapi('Citation');
