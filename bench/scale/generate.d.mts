import type { Dataset } from '@sco/core';

export function prng(seed: number): () => number;

export function generateDataset(
  real: Dataset,
  options: { readonly count: number; readonly seed?: number; readonly version?: string },
): Dataset;
