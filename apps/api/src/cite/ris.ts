import { agreementCount, describeQuery, oneLine, type Citation } from './citation.js';

/** One RIS line: a two-character tag, two spaces, a hyphen, a space, and the value on one line. */
function line(tag: string, value: string): string {
  return `${tag}  - ${oneLine(value)}`;
}

/** A RIS record (type DATA), lines ended by CRLF as the format asks. */
export function citationRis(citation: Citation): string {
  const lines = [
    line('TY', 'DATA'),
    ...citation.authors.map((author) => line('AU', author)),
    line('TI', citation.title),
    line('PY', citation.date.slice(0, 4)),
    line('DA', `${citation.date.replaceAll('-', '/')}/`),
    line('ET', citation.version),
    line('PB', citation.publisher),
    line('UR', citation.permalink),
    line(
      'N1',
      `Query: ${describeQuery(citation)}; ${agreementCount(citation)}. Licensed under ${citation.licence.name}.`,
    ),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
