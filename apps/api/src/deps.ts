import type { Config } from '@sco/config';
import type { Db } from '@sco/db';
import type { Logger } from 'pino';

/** What the app is built from; tests pass their own. */
export interface AppDeps {
  readonly db: Db;
  readonly config: Config;
  readonly logger: Logger;
  /** The clock of edits and releases. */
  readonly now: () => Date;
}
