import { z } from 'zod';

/** Release ids are the data package's semantic version, e.g. "1.2.0". */
export const RELEASE_ID_PATTERN = /^\d+\.\d+\.\d+$/;

export const releaseIdSchema = z
  .string()
  .regex(RELEASE_ID_PATTERN, 'expected a version such as "1.2.0"')
  .meta({ description: 'Release id: the data package version' });

export interface Release {
  readonly id: string;
  readonly published_at: string;
  readonly notes: string;
  readonly published_by: string;
}

/** Compares two release ids as semantic versions. */
export function compareReleaseIds(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
