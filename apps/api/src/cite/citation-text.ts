import { ENGLISH_MONTHS } from '@sco/core';
import { agreementCount, describeQuery, type Citation } from './citation.js';

/** "2026, November 28" from "2026-11-28". */
function longDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year ?? ''}, ${ENGLISH_MONTHS[Number(month) - 1] ?? ''} ${Number(day)}`;
}

/** A data-set reference in the author–date style (APA 7): one paragraph, ending with the permalink. */
export function citationText(citation: Citation): string {
  return (
    `${citation.authors.join(', ')} (${longDate(citation.date)}). ${citation.title} ` +
    `(Version ${citation.version}) [Data set; query: ${describeQuery(citation)}; ${agreementCount(citation)}]. ` +
    `Licensed under ${citation.licence.id.replace(/^CC-BY-/, 'CC BY ')}. ${citation.permalink}\n`
  );
}
