import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactUrl } from './config.js';

const root = path.resolve('/srv/observatory');

describe('loadConfig', () => {
  it('defaults to SQLite in .sco/ at the root and port 3000', () => {
    const config = loadConfig({}, root);
    expect(config.stateDir).toBe(path.join(root, '.sco'));
    expect(config.database).toEqual({
      dialect: 'sqlite',
      file: path.join(root, '.sco', 'observatory.sqlite'),
    });
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe(path.join(root, 'data'));
    expect(config.chromiumPath).toBeNull();
  });

  it('uses PostgreSQL when SCO_DATABASE_URL is set, and reads the other variables', () => {
    const config = loadConfig(
      {
        SCO_DATABASE_URL: 'postgres://sco@127.0.0.1:5432/sco',
        PORT: '8080',
        SCO_STATE_DIR: 'var/state',
        CHROMIUM_PATH: '/opt/chromium',
        SCO_TEST_DATABASE_URL: 'postgresql://postgres@127.0.0.1/postgres',
      },
      root,
    );
    expect(config.database).toMatchObject({ dialect: 'postgres', url: 'postgres://sco@127.0.0.1:5432/sco' });
    expect(config.port).toBe(8080);
    expect(config.stateDir).toBe(path.join(root, 'var', 'state'));
    expect(config.chromiumPath).toBe('/opt/chromium');
    expect(config.testDatabaseUrl).toBe('postgresql://postgres@127.0.0.1/postgres');
  });

  it('listens on 127.0.0.1 and stops within 10 s by default; HOST and SCO_SHUTDOWN_TIMEOUT_MS change them', () => {
    expect(loadConfig({}, root)).toMatchObject({ host: '127.0.0.1', shutdownTimeoutMs: 10_000 });
    expect(loadConfig({ HOST: '0.0.0.0', SCO_SHUTDOWN_TIMEOUT_MS: '2500' }, root)).toMatchObject({
      host: '0.0.0.0',
      shutdownTimeoutMs: 2500,
    });
    expect(() => loadConfig({ HOST: 'http://x' }, root)).toThrow(/HOST: expected an address to listen on/);
    expect(() => loadConfig({ SCO_SHUTDOWN_TIMEOUT_MS: '10s' }, root)).toThrow(
      /SCO_SHUTDOWN_TIMEOUT_MS: expected a number of milliseconds/,
    );
    expect(() => loadConfig({ SCO_SHUTDOWN_TIMEOUT_MS: '5' }, root)).toThrow(/from 100 to 600000/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', SCO_DATABASE_URL: '' }, root).database.dialect).toBe('sqlite');
  });

  it('lists every invalid variable at once', () => {
    try {
      loadConfig({ PORT: '70000', SCO_DATABASE_URL: 'mysql://x@y/z', SCO_TEST_DATABASE_URL: 'nope' }, root);
      expect.unreachable('loadConfig accepted invalid variables');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/PORT: expected a port from 1 to 65535/);
      expect(problems.join('\n')).toMatch(/SCO_DATABASE_URL: expected a PostgreSQL URL/);
      expect(problems.join('\n')).toMatch(/SCO_TEST_DATABASE_URL/);
    }
  });

  it('rejects a state folder inside data/', () => {
    expect(() => loadConfig({ SCO_STATE_DIR: 'data/state' }, root)).toThrow(/inside data\//);
    expect(() => loadConfig({ SCO_STATE_DIR: 'data' }, root)).toThrow(ConfigError);
    expect(loadConfig({ SCO_STATE_DIR: 'data-state' }, root).stateDir).toBe(path.join(root, 'data-state'));
  });
});

describe('redactUrl', () => {
  it('hides the password', () => {
    expect(redactUrl('postgres://user:secret@host:5432/db')).toBe('postgres://user:***@host:5432/db');
    expect(redactUrl('postgres://user@host/db')).toBe('postgres://user@host/db');
  });
});
