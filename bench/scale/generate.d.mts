import type { Dataset } from '@sco/core';

export function prng(seed: number): () => number;

export const SLICE_SIZE: number;

export function generateSlices(
  real: Dataset,
  options: {
    readonly count: number;
    readonly seed?: number;
    readonly version?: string;
    readonly size?: number;
  },
): Generator<Dataset, void, undefined>;

export function generateDataset(
  real: Dataset,
  options: { readonly count: number; readonly seed?: number; readonly version?: string },
): Dataset;
