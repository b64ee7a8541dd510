/**
 * Tick values of a chart's axes. Counts get whole-number ticks (never "0, 1, 1"); a logarithmic axis gets
 * its powers of ten.
 */

/** Whole-number ticks from 0 to at least `max`, at most about `target` of them, in steps of 1, 2, 5, 10 … */
export function integerTicks(max: number, target = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  let step = 1;
  for (const base of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]) {
    step = base;
    if (top / base <= target) break;
  }
  const ticks: number[] = [];
  for (let value = 0; value < top + step; value += step) {
    ticks.push(value);
    if (value >= top) break;
  }
  return ticks;
}

/** Powers of ten that span [min, max] (both > 0): 100, 1,000, 10,000 … */
export function logTicks(min: number, max: number): number[] {
  const low = Math.floor(Math.log10(Math.max(min, 1e-9)));
  const high = Math.ceil(Math.log10(Math.max(max, min, 1e-9)));
  const ticks: number[] = [];
  for (let power = low; power <= Math.max(high, low + 1); power++) ticks.push(10 ** power);
  return ticks;
}
