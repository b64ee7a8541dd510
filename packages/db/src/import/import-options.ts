import type { ChangeDraft, Release } from '@sco/core';
import type { ImportRefusal } from './import-refusal.js';

export interface ImportOptions {
  /** Who imports, recorded on every change and on the release. */
  readonly actor: string;
  readonly now: Date;
  /** Notes of the release; by default "Imported data package version X". */
  readonly notes?: string;
}

export type ImportResult =
  | {
      readonly ok: true;
      /**
       * created: the first release; updated: a new release with the changes; unchanged: this version is
       * already released with the same content, and nothing was written.
       */
      readonly outcome: 'created' | 'updated' | 'unchanged';
      readonly release: Release;
      /** The changes recorded (none when unchanged). */
      readonly changes: readonly ChangeDraft[];
    }
  | { readonly ok: false; readonly refusal: ImportRefusal; readonly message: string };
