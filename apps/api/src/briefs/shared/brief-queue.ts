import PgBoss from 'pg-boss';

/** The pg-boss queue of brief renders; the job's data is the brief job's id. */
export const BRIEF_QUEUE = 'sco-briefs';

export interface BriefQueueMessage {
  readonly jobId: string;
}

/**
 * Retries of a render that failed on the server's side (a crashed or unavailable browser, a timeout):
 * two more, after 10 s then 20 s (pg-boss's exponential backoff).
 */
export const RETRY = { retryLimit: 2, retryDelay: 10, retryBackoff: true } as const;
export interface BriefQueueOptions {
  readonly url: string;
  readonly applicationName: string;
  /**
   * A render taken by a worker that has not finished within this time is taken back and given to another
   * worker (the first one died), in s: SCO_JOB_EXPIRE_SECONDS, above the longest render.
   */
  readonly expireInSeconds: number;
  /** Workers check for expired renders this often (pg-boss maintenance), in s. */
  readonly maintenanceIntervalSeconds?: number;
}

/**
 * Opens pg-boss on the database (its tables live in its own `pgboss` schema) and the brief queue. The
 * queue's settings are written on every start, so a changed SCO_JOB_EXPIRE_SECONDS applies to an existing
 * queue (to the jobs queued from then on); every process of a deployment should have the same value.
 */
export async function openBriefQueue(options: BriefQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.url,
    application_name: `${options.applicationName}-queue`,
    max: 2,
    ...RETRY,
    expireInSeconds: options.expireInSeconds,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
    // A finished job's queue row is kept a day; the brief job and its PDF have their own table.
    retentionDays: 1,
  });
  await boss.start();
  const settings = { name: BRIEF_QUEUE, ...RETRY, expireInSeconds: options.expireInSeconds };
  // createQueue leaves an existing queue as it is; updateQueue gives it the settings of this start.
  await boss.createQueue(BRIEF_QUEUE, settings);
  await boss.updateQueue(BRIEF_QUEUE, settings);
  return boss;
}
