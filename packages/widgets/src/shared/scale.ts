/** Round steps for an axis from 0 to at least `max`: about `count` ticks of 1, 2 or 5 × 10^n. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
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
