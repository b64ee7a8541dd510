import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const root = path.resolve('/srv/observatory');
const PG = 'postgres://sco@127.0.0.1:5432/sco';

describe('the settings of several processes behind a proxy', () => {
  it('defaults to a bounded pool, loopback proxies and keep-alive above a 60 s balancer', () => {
    const config = loadConfig({ SCO_DATABASE_URL: PG }, root);
    expect(config.database).toEqual({
      dialect: 'postgres',
      url: PG,
      pool: {
        max: 10,
        connectionTimeoutMs: 5000,
        statementTimeoutMs: 30_000,
        importTimeoutMs: 3_600_000,
        applicationName: 'sco',
        preparedStatements: true,
      },
    });
    expect(config.trustProxy).toEqual(['loopback']);
    expect(config.keepAliveTimeoutMs).toBe(65_000);
    expect(config.headersTimeoutMs).toBe(66_000);
  });

  it('reads the pool, the timeouts and the trusted proxies from the environment', () => {
    const config = loadConfig(
      {
        SCO_DATABASE_URL: PG,
        SCO_DB_POOL_MAX: '4',
        SCO_DB_CONNECT_TIMEOUT_MS: '2000',
        SCO_DB_STATEMENT_TIMEOUT_MS: '9000',
        SCO_DB_IMPORT_TIMEOUT_MS: '7200000',
        SCO_DB_APPLICATION_NAME: 'sco-api-1',
        SCO_DB_PREPARED_STATEMENTS: 'off',
        SCO_TRUST_PROXY: '10.0.0.0/8, loopback',
        SCO_KEEP_ALIVE_TIMEOUT_MS: '75000',
      },
      root,
    );
    expect(config.database).toMatchObject({
      pool: {
        max: 4,
        connectionTimeoutMs: 2000,
        statementTimeoutMs: 9000,
        importTimeoutMs: 7_200_000,
        applicationName: 'sco-api-1',
        preparedStatements: false,
      },
    });
    expect(config.trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
    expect(config.keepAliveTimeoutMs).toBe(75_000);
    expect(config.headersTimeoutMs).toBe(76_000);
    expect(loadConfig({ SCO_TRUST_PROXY: '2' }, root).trustProxy).toBe(2);
  });

  it('refuses what it cannot use, naming the variable', () => {
    expect(() => loadConfig({ SCO_TRUST_PROXY: 'everyone' }, root)).toThrow(
      /SCO_TRUST_PROXY: expected a hop count .* "everyone" is neither/,
    );
    expect(() => loadConfig({ SCO_DB_POOL_MAX: '0' }, root)).toThrow(
      /SCO_DB_POOL_MAX: expected from 1 to 1000/,
    );
    expect(() => loadConfig({ SCO_DB_STATEMENT_TIMEOUT_MS: '1s' }, root)).toThrow(
      /SCO_DB_STATEMENT_TIMEOUT_MS: expected a number of milliseconds/,
    );
    expect(() => loadConfig({ SCO_DB_IMPORT_TIMEOUT_MS: '1h' }, root)).toThrow(
      /SCO_DB_IMPORT_TIMEOUT_MS: expected a number of milliseconds/,
    );
    expect(() => loadConfig({ SCO_DB_IMPORT_TIMEOUT_MS: '0' }, root)).toThrow(
      /SCO_DB_IMPORT_TIMEOUT_MS: expected from 1000 to 86400000 milliseconds/,
    );
    expect(() => loadConfig({ SCO_DB_APPLICATION_NAME: 'a;b' }, root)).toThrow(/SCO_DB_APPLICATION_NAME/);
    expect(() => loadConfig({ SCO_DB_PREPARED_STATEMENTS: 'no' }, root)).toThrow(
      /SCO_DB_PREPARED_STATEMENTS: expected on or off/,
    );
    expect(() =>
      loadConfig({ SCO_KEEP_ALIVE_TIMEOUT_MS: '70000', SCO_HEADERS_TIMEOUT_MS: '60000' }, root),
    ).toThrow(/SCO_HEADERS_TIMEOUT_MS: 60000 ms must be above the keep-alive timeout/);
  });

  it('reads how long a brief job may run before another worker takes it (SCO_JOB_EXPIRE_SECONDS)', () => {
    expect(loadConfig({}, root).jobExpireSeconds).toBe(180);
    expect(loadConfig({ SCO_JOB_EXPIRE_SECONDS: '10' }, root).jobExpireSeconds).toBe(10);
    expect(loadConfig({ SCO_JOB_EXPIRE_SECONDS: '86400' }, root).jobExpireSeconds).toBe(86_400);
    expect(() => loadConfig({ SCO_JOB_EXPIRE_SECONDS: '9' }, root)).toThrow(
      /SCO_JOB_EXPIRE_SECONDS: expected from 10 to 86400 seconds/,
    );
    expect(() => loadConfig({ SCO_JOB_EXPIRE_SECONDS: '86401' }, root)).toThrow(
      /SCO_JOB_EXPIRE_SECONDS: expected from 10 to 86400 seconds/,
    );
    expect(() => loadConfig({ SCO_JOB_EXPIRE_SECONDS: '3m' }, root)).toThrow(
      /SCO_JOB_EXPIRE_SECONDS: expected a number of seconds/,
    );
  });
});
