/** A base-10 log scale of positive values onto [0, length], its domain widened to whole powers of ten. */
export interface LogScale {
  readonly at: (value: number) => number;
  /** The powers of ten from the bottom of the domain to its top. */
  readonly ticks: readonly number[];
}

export function logScale(values: readonly number[], length: number): LogScale {
  const positive = values.filter((value) => value > 0);
  const low = Math.floor(Math.log10(positive.length === 0 ? 1 : Math.min(...positive)));
  const high = Math.max(low + 1, Math.ceil(Math.log10(positive.length === 0 ? 10 : Math.max(...positive))));
  const ticks: number[] = [];
  for (let power = low; power <= high; power++) ticks.push(10 ** power);
  return {
    at: (value) => ((Math.log10(Math.max(value, 10 ** low)) - low) / (high - low)) * length,
    ticks,
  };
}
