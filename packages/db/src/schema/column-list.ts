/**
 * Checks at compile time that a list names every column of a table type, so that code copying rows with
 * plain SQL cannot silently leave a column behind.
 */
export function columnList<T>() {
  return <const C extends readonly (keyof T & string)[]>(
    columns: C &
      ([Exclude<keyof T, C[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, C[number]> }),
  ): C => columns;
}
