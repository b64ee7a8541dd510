import { RELEASE_ID_PATTERN } from '@sco/core';
import { InvalidPartitionError } from '../errors/invalid-partition-error.js';

/** The reserved partition that edits change: the working copy of the next release. */
export const DRAFT = 'draft';

/** "draft", or a release id such as "1.2.0" (an immutable snapshot). */
export type Partition = typeof DRAFT | (string & {});

export function isPartition(value: string): value is Partition {
  return value === DRAFT || RELEASE_ID_PATTERN.test(value);
}

export function assertPartition(value: string): asserts value is Partition {
  if (!isPartition(value)) throw new InvalidPartitionError(value);
}
