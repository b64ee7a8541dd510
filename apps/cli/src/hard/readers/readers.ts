import { cgitReader } from './cgit-reader.js';
import type { HardReader } from './hard-reader.js';
import { tidyReader } from './tidy-reader.js';

/** Every reader `sco hard import --source` knows, by id. A new reader is one file and one line here. */
export const HARD_READERS: readonly HardReader[] = [cgitReader, tidyReader];

export function findHardReader(id: string): HardReader | undefined {
  return HARD_READERS.find((reader) => reader.id === id);
}
