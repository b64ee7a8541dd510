import { spearman } from './ranks.js';
import { randomIndex, seededRandom } from './seeded-random.js';

export interface RankCorrelationOptions {
  /** Bootstrap resamples of the pairs (at least 2,000). */
  readonly resamples: number;
  /** Random permutations of one side for the p-value. */
  readonly permutations: number;
  /** Seed of the pseudo-random generator: the same seed gives the same interval and p-value. */
  readonly seed: number;
}

export const DEFAULT_RANK_CORRELATION_OPTIONS: RankCorrelationOptions = {
  resamples: 2000,
  permutations: 2000,
  seed: 20200201,
};

export interface RankCorrelation {
  /** Spearman's ρ, null when fewer than three pairs or one side is constant. */
  readonly rho: number | null;
  readonly n: number;
  /** Percentile bootstrap 95 % interval (2.5th and 97.5th percentiles of the resampled ρ). */
  readonly low: number | null;
  readonly high: number | null;
  /** Two-sided permutation p-value (1 + #|ρ*| ≥ |ρ|) / (1 + permutations). */
  readonly p_value: number | null;
  readonly resamples: number;
  readonly permutations: number;
  readonly seed: number;
}

/** The q-quantile (0–1) of sorted values, linear interpolation between closest ranks. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const a = sorted[below] ?? 0;
  const b = sorted[above] ?? 0;
  return a + (b - a) * (position - below);
}

function shuffled(values: readonly number[], random: () => number): number[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    const held = copy[i] ?? 0;
    copy[i] = copy[j] ?? 0;
    copy[j] = held;
  }
  return copy;
}

/**
 * Spearman's ρ with a seeded bootstrap interval and a permutation p-value. Resamples in which one side
 * is constant have no ρ and are left out of the interval.
 */
export function rankCorrelation(
  xs: readonly number[],
  ys: readonly number[],
  options: RankCorrelationOptions = DEFAULT_RANK_CORRELATION_OPTIONS,
): RankCorrelation {
  const n = xs.length;
  const base = { n, resamples: options.resamples, permutations: options.permutations, seed: options.seed };
  const rho = n >= 3 ? spearman(xs, ys) : null;
  if (rho === null) return { rho: null, low: null, high: null, p_value: null, ...base };
  const random = seededRandom(options.seed);
  const boot: number[] = [];
  for (let r = 0; r < options.resamples; r++) {
    const bx: number[] = [];
    const by: number[] = [];
    for (let i = 0; i < n; i++) {
      const pick = randomIndex(random, n);
      bx.push(xs[pick] ?? 0);
      by.push(ys[pick] ?? 0);
    }
    const value = spearman(bx, by);
    if (value !== null) boot.push(value);
  }
  boot.sort((a, b) => a - b);
  let extreme = 0;
  for (let p = 0; p < options.permutations; p++) {
    const value = spearman(xs, shuffled(ys, random)) ?? 0;
    if (Math.abs(value) >= Math.abs(rho) - 1e-12) extreme++;
  }
  return {
    rho,
    low: quantile(boot, 0.025),
    high: quantile(boot, 0.975),
    p_value: (1 + extreme) / (1 + options.permutations),
    ...base,
  };
}
