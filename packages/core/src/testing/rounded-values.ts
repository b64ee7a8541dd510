/**
 * A copy of an indicator result (or any JSON value) with every `value` that is a number rounded to 12
 * significant digits: sums of squared shares (the HHIs) added in another order differ in the last bits,
 * so a result computed from counts is compared with the one computed from the agreements this way.
 */
export function roundedValues<T>(result: T): T {
  return JSON.parse(JSON.stringify(result), (key, value: unknown) =>
    key === 'value' && typeof value === 'number' ? Number(value.toPrecision(12)) : value,
  ) as T;
}
