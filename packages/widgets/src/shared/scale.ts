/**
 * Round steps for an axis from 0 to at least `max`: about `count` ticks of 1, 2 or 5 × 10^n. An axis of
 * counts (`integer`) steps by whole numbers: never "0, 0.5, 1" (printed "0, 1, 1").
 */
export function niceTicks(max: number, count = 4, integer = false): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const step = integer ? Math.max(1, Math.round(nice)) : nice;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) {
    ticks.push(Math.round(value * 1e9) / 1e9);
    if (value >= max) break;
  }
  return ticks;
}

/** A number as an SVG coordinate: one decimal, no trailing zeros. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A linear scale of values onto [0, length] whose domain always holds zero. */
export interface ZeroScale {
  /** Where zero is: 0 unless the domain has negative values. */
  readonly zero: number;
  /** Whether the domain has negative values (and so zero is an axis inside the drawing). */
  readonly signed: boolean;
  readonly at: (value: number) => number;
}

/**
 * The scale of bars drawn from zero: its domain spans the values, zero and `atLeast` (a share's 100 %), so that
 * negative values have bars left of zero and positive ones right of it, on one scale.
 */
export function zeroScale(values: readonly number[], length: number, atLeast = 0): ZeroScale {
  const low = Math.min(0, ...values);
  const span = Math.max(atLeast, ...values) - low || 1;
  const at = (value: number) => ((value - low) / span) * length;
  return { zero: at(0), signed: low < 0, at };
}
