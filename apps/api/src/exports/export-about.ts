import type { ReadContext } from '../reading/read-context.js';

export const DATASET_TITLE =
  'Soft Connectivity Observatory: China’s technical-standards cooperation agreements';
export const DATASET_AUTHORS = 'The Soft Connectivity Observatory contributors';
export const DATA_LICENCE =
  'CC BY 4.0 (Creative Commons Attribution 4.0), https://creativecommons.org/licenses/by/4.0/';

export interface AboutInput {
  readonly context: ReadContext;
  /** The path of the collection, e.g. "/v1/agreements". */
  readonly path: string;
  /** The query parameters as the client gave them. */
  readonly query: readonly (readonly [string, string])[];
  readonly rows: number;
}

/** The permalink of an export: its query pinned to the release it was built from. */
export function permalink(path: string, query: AboutInput['query'], release: string): string {
  const params = new URLSearchParams();
  for (const [name, value] of query) if (name !== 'release' && name !== 'state') params.append(name, value);
  params.set('release', release);
  params.sort();
  return `${path}?${params.toString()}`;
}

/** The "About" sheet of an export: what it holds, the release and query it was built from, how to cite it. */
export function aboutRows(input: AboutInput): [string, string][] {
  const { context } = input;
  const query =
    input.query.length === 0 ? '(none)' : input.query.map(([name, value]) => `${name}=${value}`).join('; ');
  const release =
    context.kind === 'release'
      ? `${context.release.id} (published ${context.release.published_at})`
      : `draft: unreleased edits up to change ${context.revision}; not citable, cite a release`;
  const citation =
    context.kind === 'release'
      ? `${DATASET_AUTHORS} (${context.release.published_at.slice(0, 4)}). ${DATASET_TITLE}, release ` +
        `${context.release.id} [Data set]. CC BY 4.0. ${permalink(input.path, input.query, context.release.id)}`
      : 'Drafts are not citable: cite the release the data is published in.';
  return [
    ['Dataset', DATASET_TITLE],
    ['Release', release],
    ['Query', query],
    ['Rows', String(input.rows)],
    ['Licence', DATA_LICENCE],
    ['Citation', citation],
    [
      'Notes',
      'Dates are given at the precision of their source (YYYY, YYYY-MM or YYYY-MM-DD), as text. Lists are ' +
        'separated by "; ". Texts that begin with =, +, -, @, a tab or a carriage return are prefixed with an ' +
        'apostrophe so that spreadsheets show them instead of running them as formulas.',
    ],
  ];
}
