import { ENGLISH_MONTHS, type Lang } from '@sco/core';

/**
 * An investment source's citation in the brief's language: its names as published, the connective and the
 * edition's date as the language writes it ("…, edition February 2020" → "…, February 2020 edition", "…, édition
 * de février 2020", "…，2020 年 2 月版"), and in Chinese its commas full-width.
 * A citation of another shape is printed as the data gives it.
 */
export function trackerCitation(citation: string, lang: Lang): string {
  const match = /^(.*), edition ([A-Z][a-z]+) (\d{4})$/.exec(citation);
  const index = match ? ENGLISH_MONTHS.findIndex((month) => month === match[2]) : -1;
  if (!match || index < 0) return citation;
  const head = match[1] ?? '';
  const year = match[3] ?? '';
  if (lang === 'en') return `${head}, ${match[2] ?? ''} ${year} edition`;
  if (lang === 'fr') {
    const month = new Intl.DateTimeFormat('fr', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, index, 15)),
    );
    return `${head.replace(/ and /g, ' et ')}, édition de ${month} ${year}`;
  }
  return `${head.replace(/, /g, '，').replace(/ and /g, ' 和 ')}，${year} 年 ${index + 1} 月版`;
}
