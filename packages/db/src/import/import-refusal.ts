import type { ChangeDraft } from '@sco/core';
import { describeChanges } from '../changes/describe-changes.js';

/** Why an import was refused. Nothing is written when it is. */
export type ImportRefusal =
  | {
      /** The data package's version was released before, with other content. */
      readonly reason: 'released-with-different-content';
      readonly version: string;
      /** How the data package differs from that release. */
      readonly differences: readonly ChangeDraft[];
    }
  | {
      /** The data package is older than the latest release. */
      readonly reason: 'older-than-latest';
      readonly version: string;
      readonly latest: string;
    }
  | {
      /** The database holds edits that no release contains; importing would overwrite them. */
      readonly reason: 'unreleased-edits';
      readonly version: string;
      readonly latest: string | null;
      readonly edits: readonly ChangeDraft[];
    }
  | {
      /** A data package in slices goes only into an empty database (no release, an empty draft). */
      readonly reason: 'not-empty';
      readonly version: string;
      /** The latest release, when there is one. */
      readonly latest: string | null;
    };

/** The refusal in words, naming the versions and every record and field concerned. */
export function importRefusalMessage(refusal: ImportRefusal): string {
  switch (refusal.reason) {
    case 'released-with-different-content':
      return (
        `data/ version ${refusal.version} was already released with different content; ` +
        `give the data package a new version (differences: ${describeChanges(refusal.differences).join('; ')})`
      );
    case 'older-than-latest':
      return `data/ version ${refusal.version} is older than the latest release ${refusal.latest}; nothing was imported`;
    case 'unreleased-edits':
      return (
        `the database has edits that are not in any release ` +
        `(${refusal.latest === null ? 'none has been published' : `since release ${refusal.latest}`}): ` +
        `${describeChanges(refusal.edits).join('; ')}. Release them and bring them into data/ ` +
        `before importing data/ version ${refusal.version}`
      );
    case 'not-empty':
      return (
        `data package version ${refusal.version} in slices is imported only into an empty database; this one ` +
        `${refusal.latest === null ? 'has records in its draft' : `has release ${refusal.latest}`}: import it whole`
      );
  }
}
