import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, loadDataset } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { loadConfig } from '@sco/config';
import { fixturePath } from '../hard/test-support/fixture-path.js';
import { cliEnv, type CliEnv } from '../test-support/cli-env.js';
import { rootDir, runCli } from '../test-support/run-cli.js';

const cgit = fixturePath('cgit-synthetic.csv');
const tidy = fixturePath('tidy-synthetic.csv');

describe('sco hard import without a database', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sco-hard-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('summarises a dry run and writes nothing', async () => {
    const { code, stdout } = await runCli(['hard', 'import', cgit, '--edition', 'test', '--dry-run'], {});
    expect(code).toBe(0);
    // 1,740 + 500 + 1,200 + 300 + 250 = 3,990 over GBR 2012, COD 2014, COG 2014, RUS 2015
    expect(stdout).toContain(
      'read 5 deals from ' + cgit + ': 4 partners, 4 partner-years (2012–2015), USD 3,990 m',
    );
    expect(stdout).toContain('dry run: nothing written');
  });

  it('lists every unmapped country name and exits 1', async () => {
    const file = path.join(dir, 'unmapped.csv');
    await writeFile(
      file,
      'partner,year,kind,amount_usd_m,deals,source\nAtlantis,2016,investment,100,1,Synthetic\nKEN,2016,investment,100,1,Synthetic\nUtopia,2017,investment,100,1,Synthetic\nAtlantis,2018,investment,100,1,Synthetic\n',
    );
    const { code, stderr } = await runCli(['hard', 'import', file, '--source', 'tidy', '--edition', '1'], {});
    expect(code).toBe(1);
    expect(stderr).toContain('2 country names could not be mapped');
    expect(stderr).toContain('"Atlantis" (column "partner", lines 2, 5)');
    expect(stderr).toContain('"Utopia" (column "partner", line 4)');
    expect(stderr).toContain('nothing written');
    const allowed = await runCli(
      ['hard', 'import', file, '--source', 'tidy', '--edition', '1', '--allow-unmapped', '--dry-run'],
      {},
    );
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('left out (--allow-unmapped): 3 rows');
  });

  it('names file, line and column of bad input, and refuses empty and unknown files', async () => {
    const bad = path.join(dir, 'bad.csv');
    await writeFile(bad, 'partner,year,kind,amount_usd_m,deals,source\nKEN,2016,investment,lots,1,S\n');
    const run = (file: string) => runCli(['hard', 'import', file, '--source', 'tidy', '--edition', '1'], {});
    const amount = await run(bad);
    expect(amount.code).toBe(1);
    expect(amount.stderr).toContain(`${bad}, line 2, column "amount_usd_m": expected a whole number`);
    const empty = path.join(dir, 'empty.csv');
    await writeFile(empty, '');
    expect((await run(empty)).stderr).toContain(`${empty}: the file is empty`);
    const odd = path.join(dir, 'deals.json');
    await writeFile(odd, '{}');
    expect((await run(odd)).stderr).toContain(`${odd}: unknown format ".json"`);
  });
});

describe.each(await testDatabases())('sco hard import on $dialect', (database) => {
  let cli: CliEnv;
  beforeAll(async () => {
    cli = await cliEnv(database);
  });
  afterAll(async () => {
    await cli.dispose();
  });

  it('writes the partner-years into the draft, and again replaces them', async () => {
    const first = await runCli(['hard', 'import', cgit, '--edition', 'February 2020'], cli.env);
    expect(first.stderr).not.toMatch(/✗/);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('wrote 4 partner-years to the draft: 4 records changed');
    const second = await runCli(['hard', 'import', tidy, '--source', 'tidy', '--edition', '2'], cli.env);
    expect(second.code).toBe(0);
    // KEN 2016 (3,200 construction + 150 investment) and LAO 2017 replace the four rows: 6 records change
    expect(second.stdout).toContain('wrote 2 partner-years to the draft: 6 records changed');
    const config = loadConfig(cli.env, rootDir);
    const db = createDb(config.database);
    try {
      const draft = await loadDataset(db.db, 'draft');
      expect(
        draft.tables.hard_connectivity.map((r) => [
          r.partner,
          r.year,
          r.investment_usd_m,
          r.construction_usd_m,
          r.deals,
        ]),
      ).toEqual([
        ['KEN', 2016, 150, 3200, 3],
        ['LAO', 2017, 400, 0, 1],
      ]);
    } finally {
      await db.close();
    }
  });
});
