import { spaceCjk } from '@sco/core';

/**
 * A language's texts with the one spacing rule between Chinese and Latin letters or digits applied to every
 * string they hold and every string they write (core's `spaceCjk`, decision 0027): "共 93 项", "ICS 领域",
 * "ρ 为 0.47" whatever a text's template puts beside its numbers. Used for the Chinese texts only; the
 * words a brief quotes from its sources do not pass through here.
 */
export function spacedCjk<T>(texts: T): T {
  return space(texts) as T;
}

function space(value: unknown): unknown {
  if (typeof value === 'string') return spaceCjk(value);
  if (typeof value === 'function') {
    const write = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => space(write(...args));
  }
  if (Array.isArray(value)) return value.map(space);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, space(item)]));
  }
  return value;
}
