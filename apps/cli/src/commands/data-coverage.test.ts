import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadDataPackage, writeDataPackage } from '@sco/datapackage';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, type CliEnv } from '../test-support/cli-env.js';
import { rootDir, runCli } from '../test-support/run-cli.js';

describe('sco data coverage', () => {
  it('gives each cumulative tally its documents and partners as lower–upper bounds', async () => {
    const { code, stdout } = await runCli(['data', 'coverage'], {});
    expect(code).toBe(0);
    // Hand-counted in data/ (standardisation scope, all verification levels): 73 records dated on or before
    // June 2023 and two dated only "2023", which straddle the mid-year tally; 48 partners either way; 20
    // undated. Eight of the undated have a signed_no_later_than by 30 June 2023 (abnt-china-early 2011-07-20,
    // the three Inner Mongolia MoUs 2018-08-02, the SAC–BSI smart-city framework 2018-04-12, the two
    // ASEAN-centre agreements 2023-02-04, Costa Rica 2023-06-30): surely before, so 81–83 documents, partners
    // + Brazil + Costa Rica = 50 (the others' partners already count), 12 undated. The AQSIQ–CITMA agreement
    // with Cuba (2007-11) adds a document and a partner to every tally: 82–84 documents, 51 partners. The
    // China–Ukraine agreement of 1998-12-10 adds a document to every tally (Ukraine is already a partner
    // through aqsiq-ukraine-2017) and the AQSIQ–ISIRI MoU, dated by no year, an undated record to each:
    // 83–85 documents, 51 partners, 13 undated. The SAC–ISO Beijing Declaration of 2016-09-14 adds a document
    // to every tally (ISO is a partner from June 2023 anyway): 84–86 documents.
    expect(stdout).toContain('tally-2023-06-cumulative (as of 2023-06): official 107 documents, 65 partners');
    expect(stdout).toMatch(/2023-06[^\n]*\n(?:.*\n){2}\s+all: 84–86 documents, 51 partners, 13 undated/);
    // At end-2023 the two year-only 2023 records are surely before the tally: no range.
    expect(stdout).toMatch(/2023-12[^\n]*\n(?:.*\n){2}\s+all: 86 documents, 51 partners, 13 undated/);
    // By 14 October 2025 the two SAMR agreements bounded 2024-08-29 count too (Ethiopia already a partner,
    // Morocco new): 88 + 10 = 98 documents, 55 + 3 = 58 partners, 20 - 10 = 10 undated; with Cuba and the
    // agreements of 3 September 2024 with Benin and Niger, 98 + 3 = 101 documents and 58 + 3 = 61 partners;
    // with Ukraine 1998, 102 documents, and 10 + 1 (AQSIQ–ISIRI) = 11 undated; the Beijing Declaration, 103.
    expect(stdout).toMatch(/2025-10-14[^\n]*\n(?:.*\n){2}\s+all: 103 documents, 61 partners, 11 undated/);
    // September 2019: the five bounds of 2011 and 2018 are before it (60–61 + 5 = 65–66 documents); Brazil,
    // Italy and Spain become sure partners (41 + 3 = 44; Spain was possible through sac-une-2019, dated only
    // "2019"), so 44 either way; the later bounds place nothing: 20 - 5 = 15 undated. Cuba (2007) adds one:
    // 66–67 documents, 45 partners; Ukraine 1998 adds one and AQSIQ–ISIRI an undated one: 67–68 documents,
    // 45 partners, 16 undated; the Beijing Declaration (2016) adds a document and ISO as a partner: 68–69
    // documents, 46 partners.
    expect(stdout).toMatch(/2019-09[^\n]*\n(?:.*\n){2}\s+all: 68–69 documents, 46 partners, 16 undated/);
  }, 60_000);
});

/**
 * An "earlier release": data/ with sac-din-2006 (Germany has other records) and every Costa Rica record
 * coded metrology, so that it has one standardisation document less and Costa Rica none.
 */
async function writeEarlierRelease(): Promise<string> {
  const loaded = await loadDataPackage(path.join(rootDir, 'data'));
  if (!loaded.ok) throw new Error('data/ is not valid');
  const { tables } = loaded.dataset;
  const costaRica = new Set(
    tables.parties
      .filter((p) => tables.institutions.find((i) => i.id === p.institution_id)?.jurisdiction === 'CRI')
      .map((p) => p.agreement_id),
  );
  const agreements = tables.agreements.map((a) =>
    a.id === 'sac-din-2006' || costaRica.has(a.id) ? { ...a, scope: 'metrology' as const } : a,
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sco-earlier-'));
  await writeDataPackage(dir, { version: '0.9.0', tables: { ...tables, agreements } });
  return dir;
}

/**
 * The change against release 0.9.0 above: sac-din-2006 (verified, 2006, Germany) counts again at every level
 * and tally, with no new partner. Costa Rica's one record is undated and unverified, signed no later than
 * 2023-06-30: at the "all" level it adds a document and a partner against the tallies from June 2023 on,
 * and nothing in September 2019.
 */
function expectChangeSinceEarlier(stdout: string): void {
  expect(stdout).toContain('change since release 0.9.0 in brackets');
  const lines = stdout.split('\n').filter((line) => /^\s+(verified|all)/.test(line));
  expect(lines).toHaveLength(12);
  const all = lines.filter((line) => line.trimStart().startsWith('all:'));
  expect(all.map((line) => /\(([^)]*)\)$/.exec(line)?.[1])).toEqual([
    '+1 documents, +0 partners',
    '+2 documents, +1 partners',
    '+2 documents, +1 partners',
    '+2 documents, +1 partners',
  ]);
  for (const line of lines.filter((line) => !all.includes(line)))
    expect(line).toMatch(/\(\+1 documents, \+0 partners\)$/);
  // Costa Rica, named by the June 2023 white paper, had no standardisation record in 0.9.0.
  expect(stdout).toContain('without a standardisation record: 0 (1 in release 0.9.0)');
}

describe('sco data coverage: named partners and the change since a release', () => {
  let earlier: string;
  beforeAll(async () => {
    earlier = await writeEarlierRelease();
  });
  afterAll(async () => {
    await rm(earlier, { recursive: true, force: true });
  });

  it('names the officially named partners without a standardisation record', async () => {
    const now = await runCli(['data', 'coverage'], {});
    // PAK, RUS, GRC, ETH, CRI (June 2023 white paper) and UZB (October 2025): all have a record.
    expect(now.stdout).toContain('partners named by official claims: 6; without a standardisation record: 0');
    const { code, stdout } = await runCli(['data', 'coverage', '--dir', earlier], {});
    expect(code).toBe(0);
    expect(stdout).toContain(
      'without a standardisation record: 1\n  CRI Costa Rica (named by tally-2023-06-cumulative; 1 adjacent-scope record(s))',
    );
  }, 60_000);

  it('gives the change since the data package of an earlier release', async () => {
    const { code, stdout } = await runCli(['data', 'coverage', '--since', earlier], {});
    expect(code).toBe(0);
    expectChangeSinceEarlier(stdout);
  }, 60_000);
});

describe.each(await testDatabases())('sco data coverage --since-release on $dialect', (database) => {
  let cli: CliEnv;
  let earlier: string;
  beforeAll(async () => {
    cli = await cliEnv(database);
    earlier = await writeEarlierRelease();
  });
  afterAll(async () => {
    await cli.dispose();
    await rm(earlier, { recursive: true, force: true });
  });

  it('refuses without a release to compare with, and with both --since and --since-release', async () => {
    const none = await runCli(['data', 'coverage', '--since-release'], cli.env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('the database has no release other than 1.0.0 to compare with');
    const both = await runCli(['data', 'coverage', '--since', earlier, '--since-release'], cli.env);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('--since and --since-release name the earlier release twice');
  }, 60_000);

  it('compares with the latest release that is not the data checked, or the one named', async () => {
    expect((await runCli(['db', 'import', '--dir', earlier], cli.env)).code).toBe(0);
    expectChangeSinceEarlier((await runCli(['data', 'coverage', '--since-release'], cli.env)).stdout);
    // data/ (1.0.0) published after 0.9.0: the default still compares with 0.9.0, the release before it.
    expect((await runCli(['db', 'import'], cli.env)).code).toBe(0);
    const latest = await runCli(['data', 'coverage', '--since-release'], cli.env);
    expect(latest.code).toBe(0);
    expectChangeSinceEarlier(latest.stdout);
    // Against 1.0.0 itself nothing moved.
    const same = await runCli(['data', 'coverage', '--since-release', '1.0.0'], cli.env);
    expect(same.stdout).toContain('change since release 1.0.0 in brackets');
    const moved = same.stdout
      .split('\n')
      .filter((line) => /^\s+(verified|all)/.test(line))
      .map((line) => /\(([^)]*)\)$/.exec(line)?.[1]);
    expect(moved).toEqual(Array.from({ length: 12 }, () => '+0 documents, +0 partners'));
    const missing = await runCli(['data', 'coverage', '--since-release', '7.7.7'], cli.env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('there is no release 7.7.7 in the database');
  }, 120_000);

  it('documents both ways in its help', async () => {
    const { stdout } = await runCli(['data', 'coverage', '--help'], cli.env);
    expect(stdout).toMatch(/--since-release \[id\][^]*latest\s+one\s+whose\s+id/);
    expect(stdout).toContain('--since <dir>');
  });
});
