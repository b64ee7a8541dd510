import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

describe('sco worker', () => {
  it('refuses to run without PostgreSQL, saying why (exit 78)', async () => {
    const { code, stderr } = await runCli(['worker'], {});
    expect(code).toBe(78);
    expect(stderr).toMatch(/sco worker needs SCO_DATABASE_URL \(PostgreSQL\)/);
  });

  it('refuses a concurrency that is not a whole number from 1 to 16', async () => {
    for (const value of ['0', '17', 'two']) {
      const { code, stderr } = await runCli(['worker', '--concurrency', value], {});
      expect(code).toBe(1);
      expect(stderr).toContain(`--concurrency: expected a whole number from 1 to 16, got "${value}"`);
    }
  });
});
