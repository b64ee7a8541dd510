import type { BriefJobs } from './brief-jobs.js';

/**
 * What the routes ask of brief jobs: the in-process jobs of one machine (BriefJobs, SQLite) or the jobs
 * shared by every process through PostgreSQL and pg-boss (SharedBriefJobs).
 */
export type BriefService = Pick<
  BriefJobs,
  'submit' | 'get' | 'list' | 'pdf' | 'preview' | 'retryAfterSeconds' | 'close'
>;
