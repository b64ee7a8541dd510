import type { Config } from '@sco/config';
import type { Db } from '@sco/db';
import type { Logger } from 'pino';
import type { BriefService } from './briefs/brief-service.js';
import type { CountWarmer } from './indicators/count-warmer.js';

/** What the app is built from; tests pass their own. */
export interface AppDeps {
  readonly db: Db;
  readonly config: Config;
  readonly logger: Logger;
  /** The clock of edits and releases. */
  readonly now: () => Date;
  /**
   * The brief jobs and their renderer, which the caller closes on shutdown (main.ts); by default the app
   * makes its own, keeping the jobs in the state folder.
   */
  readonly briefs?: BriefService;
  /** Counts the indicators of a release cut through this process ahead of their requests (main.ts). */
  readonly warmer?: CountWarmer;
}
