import { validateRawDataset, type ValidationResult } from '@sco/core';
import { readDataPackage } from './read.js';

/** Reads and validates a data package folder. */
export async function loadDataPackage(dir: string): Promise<ValidationResult> {
  const read = await readDataPackage(dir);
  if (!read.ok) return read;
  return validateRawDataset(read.raw);
}
