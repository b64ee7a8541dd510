import type { Insertable, Selectable } from 'kysely';

/** Rate-limit counters (rate-limiter-flexible's PostgreSQL store writes them; its column names). */
export interface RateLimitsTable {
  /** The limit's prefix and the client's key. */
  key: string;
  points: number;
  /** Epoch milliseconds at which the count restarts (int8: a string from PostgreSQL). */
  expire: string | number | null;
}

/** A brief job, shared by every process: the queue (pg-boss) carries its id, this row its state. */
export interface BriefJobsTable {
  /** "brief-" and 128 random bits in hex. */
  id: string;
  /** Release + template + parameters: identical requests share the job. */
  key: string;
  /** queued, rendering, done or failed. */
  status: string;
  /** The job as JSON (request, step, progress, timings, problem). */
  record: string;
  /** ISO 8601 instant (UTC). */
  created_at: string;
  finished_at: string | null;
}

/** Who asked for a brief (an API key), and when each last did. */
export interface BriefRequestersTable {
  job_id: string;
  key_id: string;
  /** ISO 8601 instant (UTC). */
  asked_at: string;
}

/** The PDF of a finished brief job. */
export interface BriefPdfsTable {
  job_id: string;
  pdf: Uint8Array;
}

/** A studio preview: its request and release, from which any process rebuilds the same page. */
export interface StudioPreviewsTable {
  /** 128 random bits in hex: the preview's address. */
  token: string;
  release_id: string;
  /** The preview's request as JSON. */
  request: string;
  /** Epoch milliseconds (int8: a string from PostgreSQL). */
  expires_at: string | number;
}

/** A built file of a widget version, kept so that pages pinned to that version keep working. */
export interface WidgetFilesTable {
  version: string;
  file: string;
  body: Uint8Array;
}

export type BriefJobRow = Selectable<BriefJobsTable>;
export type NewBriefJobRow = Insertable<BriefJobsTable>;
