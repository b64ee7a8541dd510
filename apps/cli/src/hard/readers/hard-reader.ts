import type { HardReading } from '../hard-entry.js';

/** What every reader is given: the file's name (for messages and its extension), its bytes and the edition. */
export interface HardReaderInput {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly edition: string;
}

/**
 * A reader turns one kind of investment file into entries. A new source (e.g. AidData's Global Chinese
 * Development Finance) is one new file implementing this, listed in `readers.ts`.
 */
export interface HardReader {
  readonly id: string;
  readonly description: string;
  read(input: HardReaderInput): Promise<HardReading>;
}
