import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseTestEnv, testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, type CliEnv } from '../test-support/cli-env.js';
import { runCli } from '../test-support/run-cli.js';

// The briefs read SQLite here; the renderer's own suite covers the PDFs in depth.
const [sqlite] = await testDatabases(parseTestEnv({}));

describe('sco brief', () => {
  let cli: CliEnv;
  let out: string;

  beforeAll(async () => {
    if (!sqlite) throw new Error('no SQLite test database');
    cli = await cliEnv(sqlite);
    out = await mkdtemp(path.join(os.tmpdir(), 'sco-brief-'));
    const imported = await runCli(['db', 'import'], cli.env);
    expect(imported.code).toBe(0);
  });
  afterAll(async () => {
    await cli.dispose();
    await rm(out, { recursive: true, force: true });
  });

  it('renders a partner brief to PDF, showing each step', async () => {
    const file = path.join(out, 'rus.pdf');
    const { code, stdout, stderr } = await runCli(
      ['brief', 'partner', 'RUS', '--lang', 'fr', '--paper', 'letter', '--out', file],
      cli.env,
    );
    expect(stderr).not.toMatch(/✗/);
    expect(code).toBe(0);
    for (const step of [
      'starting Chromium',
      'loading the brief page',
      'printing the PDF',
      'writing the PDF metadata',
    ]) {
      expect(stderr).toMatch(new RegExp(`✓ ${step} \\(\\d+ ms\\)`));
    }
    expect(stdout).toMatch(/wrote .*rus\.pdf: \d+ pages, data release \d+\.\d+\.\d+/);
    const pdf = await readFile(file);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/DataRelease \(\d+\.\d+\.\d+\)/);
  });

  it('names an unknown partner, with the partners there are', async () => {
    const { code, stderr } = await runCli(
      ['brief', 'partner', 'XYZ', '--out', path.join(out, 'x.pdf')],
      cli.env,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/✗ "XYZ" is not a partner in data release \d+\.\d+\.\d+.*partners: .*RUS/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an unknown language, paper, template, subject or origin without a stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [['brief', 'overview', '--lang', 'de'], /argument 'de' is invalid\. Allowed choices are en, fr, zh/],
      [['brief', 'overview', '--paper', 'a3'], /argument 'a3' is invalid\. Allowed choices are a4, letter/],
      [
        ['brief', 'country', 'RUS'],
        /value 'country' is invalid for argument 'template'\. Allowed choices are overview, partner, region, sector/,
      ],
      [['brief', 'partner'], /the partner brief needs a subject/],
      [['brief', 'overview', 'RUS'], /the overview brief takes no subject/],
      [['brief', 'region', '999'], /"999" is not a UN M49 region/],
      [['brief', 'sector', '35', '--release', '9.9.9'], /there is no release 9\.9\.9/],
      [['brief', 'sector', '35', '--origin', 'ftp://observatory.example/x'], /origin: expected an origin/],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = await runCli(argv, cli.env);
      expect(code, argv.join(' ')).not.toBe(0);
      expect(stderr, argv.join(' ')).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('says the disk is full when the PDF cannot be written, and exits 74', async () => {
    // /dev/full answers every write with ENOSPC, as a full disk does.
    const full = await runCli(['brief', 'partner', 'RUS', '--out', '/dev/full'], cli.env);
    expect(full.code).toBe(74);
    expect(full.stderr).toMatch(
      /✗ the disk is full: nothing was written .*free space and run the command again/,
    );
    expect(full.stderr).not.toMatch(/\n\s+at /);
    expect(full.stdout).not.toMatch(/wrote/);
  });
});
