/**
 * The English names of the months, January first: for texts whose form is English whatever the reader's
 * language (an APA citation, a source's own "edition February 2020"). A date in a reader's language goes
 * through the formatter (`formatDateStyle`).
 */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
