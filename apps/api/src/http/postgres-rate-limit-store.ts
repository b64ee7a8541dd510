import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { Db } from '@sco/db';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/** The table of the counters (migration 20261205130200-shared-state; rate-limiter-flexible's columns). */
/** The PostgreSQL pool of the database. */
type PgPool = NonNullable<Db['pgPool']>;

export const RATE_LIMIT_TABLE = 'rate_limits';

/** Never refused by the counter itself: express-rate-limit compares the count with the limit. */
const UNBOUNDED = 2 ** 31 - 1;

function infoOf(res: RateLimiterRes): ClientRateLimitInfo {
  return { totalHits: res.consumedPoints, resetTime: new Date(Date.now() + res.msBeforeNext) };
}

/**
 * express-rate-limit's store on PostgreSQL, through rate-limiter-flexible's maintained PostgreSQL limiter:
 * one row per client and limit, incremented atomically (`insert … on conflict do update`), so that every
 * API process on the database counts the same client once. express-rate-limit keeps doing the rest (the
 * limit, the RateLimit headers, the 429), so the answers are those of one process.
 */
export class PostgresRateLimitStore implements Store {
  readonly localKeys = false;
  readonly prefix: string;
  private limiter: RateLimiterPostgres | null = null;

  constructor(
    private readonly pool: PgPool,
    name: string,
  ) {
    this.prefix = `sco:${name}`;
  }

  init(options: Options): void {
    this.limiter = new RateLimiterPostgres({
      storeClient: this.pool,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      keyPrefix: this.prefix,
      points: UNBOUNDED,
      duration: Math.max(1, Math.ceil(options.windowMs / 1000)),
      // Rows expired an hour ago are deleted every five minutes.
      clearExpiredByTimeout: true,
    });
  }

  private counter(): RateLimiterPostgres {
    if (!this.limiter) throw new Error('the rate-limit store was used before express-rate-limit set it up');
    return this.limiter;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const res = await this.counter().get(key);
    return res ? infoOf(res) : undefined;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    try {
      return infoOf(await this.counter().consume(key, 1));
    } catch (error) {
      // Over UNBOUNDED points: still a count, not a failure.
      if (error instanceof RateLimiterRes) return infoOf(error);
      throw error;
    }
  }

  async decrement(key: string): Promise<void> {
    await this.counter().reward(key, 1);
  }

  async resetKey(key: string): Promise<void> {
    await this.counter().delete(key);
  }
}
