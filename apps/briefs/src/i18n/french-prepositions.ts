/**
 * The prepositions French puts before a figure or a date that the formatter wrote, so that a sentence reads
 * the same whichever form the value took.
 */

/** core's French range: "0,50 à 0,80", "37,3 % à 81,0 %" (a no-break space before "à"). */
const RANGE = /\u00a0à /u;

/** "va de 0,50 à 0,80" but "s’établit à 0,50": a range takes "de", one figure keeps the verb's own words. */
export function isFrenchRange(text: string): boolean {
  return RANGE.test(text);
}

/**
 * "du 14 octobre 2025", "d’octobre 2025", "de juin 2023", "de 2019": the article before a day, the elision
 * before a vowel.
 */
export function deDate(date: string): string {
  if (/^\d{1,2}(?:er)?\s/u.test(date)) return `du ${date}`;
  return /^[aeiouyéèêâîôû]/iu.test(date) ? `d’${date}` : `de ${date}`;
}

/** "au 8 juillet 2025", "à mai 2017", "à 2025": the end of a span "de … à …", the article before a day. */
export function toDate(date: string): string {
  return /^\d{1,2}(?:er)?\s/u.test(date) ? `au ${date}` : `à ${date}`;
}

/** "le 14 octobre 2025", "en octobre 2025", "en 2019": when something happened. */
export function onDate(date: string): string {
  return /^\d{1,2}(?:er)?\s/u.test(date) ? `le ${date}` : `en ${date}`;
}
