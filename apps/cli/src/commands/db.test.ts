import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@sco/db/testing';
import { cliEnv, type CliEnv } from '../test-support/cli-env.js';
import { rootDir, runCli } from '../test-support/run-cli.js';

const dataDir = path.join(rootDir, 'data');

async function copyOfData(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sco-data-'));
  await cp(dataDir, dir, { recursive: true });
  return dir;
}

async function setVersion(dir: string, version: string): Promise<void> {
  const file = path.join(dir, 'datapackage.json');
  const descriptor = JSON.parse(await readFile(file, 'utf8')) as { version: string };
  await writeFile(file, JSON.stringify({ ...descriptor, version }, null, 2) + '\n');
}

describe.each(await testDatabases())('the sco command on $dialect', (database) => {
  let cli: CliEnv;
  const work: string[] = [];
  beforeAll(async () => {
    cli = await cliEnv(database);
  });
  afterAll(async () => {
    await cli.dispose();
    await Promise.all(work.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('db import loads data/ into an empty database as its release', async () => {
    const { code, stdout, stderr } = await runCli(['db', 'import'], cli.env);
    expect(stderr).not.toMatch(/✗/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/created release \d+\.\d+\.\d+: \d+ records changed/);
    expect(stderr).toMatch(/✓ migrating/);
  });

  it('indicators prints the summary table of the latest release', async () => {
    const { code, stdout } = await runCli(['indicators'], cli.env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Agreements +\d+ +\d+ +\d+ +\d+–\d+$/m);
    expect(stdout).toMatch(/^Convergence balance /m);
  });

  it('db import of the same data/ changes nothing', async () => {
    const { code, stdout } = await runCli(['db', 'import'], cli.env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/already holds exactly this data; nothing changed/);
  });

  it('db export writes the release back identical to data/', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'sco-export-'));
    work.push(out);
    const { code, stdout } = await runCli(['db', 'export', '--dir', out], cli.env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/exported release/);
    const written = (await readdir(out)).sort();
    expect(written).toContain('agreements.csv');
    for (const name of written) {
      expect(await readFile(path.join(out, name), 'utf8'), name).toBe(
        await readFile(path.join(dataDir, name), 'utf8'),
      );
    }
  });

  it('db import of a newer version publishes its changes; an older one is refused', async () => {
    const dir = await copyOfData();
    work.push(dir);
    await setVersion(dir, '99.0.0');
    const agreements = await readFile(path.join(dir, 'agreements.csv'), 'utf8');
    await writeFile(
      path.join(dir, 'agreements.csv'),
      agreements.replace('SAC-BSI Joint Cooperation', 'SAC–BSI Joint Cooperation'),
    );
    const newer = await runCli(['db', 'import', '--dir', dir], cli.env);
    expect(newer.code).toBe(0);
    expect(newer.stdout).toMatch(/published release 99\.0\.0: 1 record changed/);
    expect(newer.stdout).toMatch(/agreement sac-bsi-2004: title_en/);

    const older = await runCli(['db', 'import'], cli.env);
    expect(older.code).toBe(1);
    expect(older.stderr).toMatch(
      /import refused: data\/ version \S+ is older than the latest release 99\.0\.0/,
    );
  });

  it('indicators prints JSON with every indicator at three verification levels', async () => {
    const { code, stdout } = await runCli(['indicators', '--json'], cli.env);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      release: string;
      indicators: { indicator: string; total: { values: object } }[];
    };
    expect(parsed.release).toBe('99.0.0');
    expect(parsed.indicators.map((i) => i.indicator)).toContain('convergence_balance');
    for (const indicator of parsed.indicators) {
      expect(Object.keys(indicator.total.values).sort()).toEqual(['all', 'verified', 'verified_single']);
    }
  });

  it('indicators speaks French and Chinese, and rejects an unknown language', async () => {
    expect((await runCli(['indicators', '--lang', 'fr'], cli.env)).stdout).toMatch(/^Accords +\d+/m);
    expect((await runCli(['indicators', '--lang', 'zh'], cli.env)).stdout).toMatch(/^协议数量 +\d+/m);
    const bad = await runCli(['indicators', '--lang', 'de'], cli.env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/Allowed choices are en, fr, zh/);
    // Three processes of the CLI, each loading the release: on a busy machine (a load average of 20) 30 s
    // was not enough.
  }, 90_000);

  it('db export of an unknown release fails with a clear message', async () => {
    const { code, stderr } = await runCli(
      ['db', 'export', '--dir', os.tmpdir(), '--release', '7.7.7'],
      cli.env,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/there is no release 7\.7\.7/);
  });
});

describe('configuration errors', () => {
  it('are listed, variable by variable, with exit code 78', async () => {
    const { code, stderr } = await runCli(['db', 'migrate'], {
      PORT: 'eighty',
      SCO_DATABASE_URL: 'mysql://x',
    });
    expect(code).toBe(78);
    expect(stderr).toMatch(/PORT: expected a port number/);
    expect(stderr).toMatch(/SCO_DATABASE_URL: expected a PostgreSQL URL/);
  });

  it('refuse a state folder inside data/', async () => {
    const { code, stderr } = await runCli(['db', 'migrate'], { SCO_STATE_DIR: 'data/state' });
    expect(code).toBe(78);
    expect(stderr).toMatch(/inside data\//);
  });
});
