import { createHash } from 'node:crypto';
import { agreementCount, describeQuery, oneLine, type Citation } from './citation.js';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Text as a BibTeX/LaTeX field value: braces and every character special to TeX escaped. */
export function bibtexText(text: string): string {
  return oneLine(text).replace(/[\\{}%&$#_^~]/g, (c) => SPECIAL[c] ?? c);
}

/** A stable citation key: the release, and a short digest of the query when there is one. */
export function bibtexKey(citation: Citation): string {
  const query = new URLSearchParams(citation.query).toString();
  if (query === '') return `sco-${citation.version}`;
  return `sco-${citation.version}-${createHash('sha256').update(query).digest('hex').slice(0, 8)}`;
}

/**
 * A BibTeX @misc entry (fields biblatex also reads: date, version, url). The permalink is written as is:
 * it is percent-encoded, so it holds no brace, backslash or "#".
 */
export function citationBibtex(citation: Citation): string {
  const month = MONTH_MACROS[Number(citation.date.slice(5, 7)) - 1] ?? 'jan';
  const note = `Data set, version ${citation.version}; query: ${describeQuery(citation)}; ${agreementCount(citation)}. Licensed under ${citation.licence.name}`;
  const fields: [string, string][] = [
    ['author', `{${citation.authors.map((author) => `{${bibtexText(author)}}`).join(' and ')}}`],
    ['title', `{{${bibtexText(citation.title)}}}`],
    ['year', `{${citation.date.slice(0, 4)}}`],
    ['month', month],
    ['date', `{${citation.date}}`],
    ['version', `{${bibtexText(citation.version)}}`],
    ['publisher', `{${bibtexText(citation.publisher)}}`],
    ['howpublished', `{\\url{${citation.permalink}}}`],
    ['url', `{${citation.permalink}}`],
    ['note', `{${bibtexText(note)}}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value},`).join('\n');
  return `@misc{${bibtexKey(citation)},\n${body}\n}\n`;
}
