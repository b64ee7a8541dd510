/** The delimiter of list index columns such as partner_codes (";DEU;FRA;"). */
export const LIST_DELIMITER = ';';

/**
 * A list as delimited text: sorted, without duplicates, with a delimiter at both ends so that every item can
 * be found as the substring `;ITEM;`. Empty when there is no item.
 */
export function delimitedList(items: Iterable<string>): string {
  const sorted = [...new Set(items)].sort();
  return sorted.length === 0 ? '' : `${LIST_DELIMITER}${sorted.join(LIST_DELIMITER)}${LIST_DELIMITER}`;
}

export function parseDelimitedList(text: string): string[] {
  return text.split(LIST_DELIMITER).filter((item) => item !== '');
}
