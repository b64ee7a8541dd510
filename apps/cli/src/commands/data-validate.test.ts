import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rootDir, runCli } from '../test-support/run-cli.js';

let copy: string;
beforeEach(async () => {
  copy = await mkdtemp(path.join(os.tmpdir(), 'sco-validate-'));
  await cp(path.join(rootDir, 'data'), copy, { recursive: true });
});
afterEach(async () => {
  await rm(copy, { recursive: true, force: true });
});

/** Replaces the first occurrence of `from` in a file of the copy; fails loudly when it is not there. */
async function edit(file: string, from: string, to: string): Promise<void> {
  const target = path.join(copy, file);
  const text = await readFile(target, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  await writeFile(target, text.replace(from, to));
}

async function lineOf(file: string, startsWith: string): Promise<number> {
  const lines = (await readFile(path.join(copy, file), 'utf8')).split('\n');
  const index = lines.findIndex((line) => line.startsWith(startsWith));
  if (index < 0) throw new Error(`no line of ${file} starts with ${startsWith}`);
  return index + 1;
}

describe('sco data validate', () => {
  it('passes on data/', async () => {
    const { code, stdout } = await runCli(['data', 'validate'], {});
    expect(code).toBe(0);
    expect(stdout).toMatch(/data is valid: version \d+\.\d+\.\d+, \d+ agreements/);
  });

  it('fails on a broken copy, listing every problem as file:line:field: message', async () => {
    const dinLine = await lineOf('agreements.csv', 'sac-din-2012,');
    const bsiLine = await lineOf('agreements.csv', 'sac-bsi-2004,');
    const astmLine = await lineOf('agreements.csv', 'sac-astm-2004,');
    // bad date
    const agreements = (await readFile(path.join(copy, 'agreements.csv'), 'utf8')).replace(
      '2012-03-19',
      '2012-02-30',
    );
    await writeFile(path.join(copy, 'agreements.csv'), agreements);
    // duplicate id: the BSI 2004 row takes the ASTM row's id
    await edit('agreements.csv', 'sac-bsi-2004,', 'sac-astm-2004,');
    // unknown country code
    const dinInstitution = await lineOf('institutions.csv', 'din,');
    await edit('institutions.csv', ',DEU,', ',XDE,');
    // missing source: remove every source of sac-afnor-2013
    const sources = (await readFile(path.join(copy, 'sources.csv'), 'utf8'))
      .split('\n')
      .filter((line) => !line.includes(',agreement,sac-afnor-2013,'))
      .join('\n');
    await writeFile(path.join(copy, 'sources.csv'), sources);
    const afnorLine = await lineOf('agreements.csv', 'sac-afnor-2013,');
    // dangling party reference
    const partyLine = await lineOf('parties.csv', 'sac-gso-2015,');
    await edit('parties.csv', 'sac-gso-2015,', 'sac-gso-2051,');

    const { code, stdout, stderr } = await runCli(['data', 'validate', '--dir', copy], {});
    expect(code).toBe(1);
    expect(stderr).toMatch(/✗ \d+ problems found in /);
    expect(stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    const problems = stdout.trim().split('\n');
    expect(problems).toContain(
      `agreements.csv:${dinLine}:signed_date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD between 1949 and 2100`,
    );
    expect(problems).toContain(
      `agreements.csv:${astmLine}:id: duplicate id "sac-astm-2004" (first on line ${bsiLine})`,
    );
    expect(problems).toContain(
      `institutions.csv:${dinInstitution}:jurisdiction: "XDE" is neither an ISO 3166-1 alpha-3 country code nor an organisation in organisations.csv`,
    );
    expect(problems).toContain(
      `agreements.csv:${afnorLine}:verification: agreement "sac-afnor-2013" has no source: every record needs at least one`,
    );
    expect(problems).toContain(`parties.csv:${partyLine}:agreement_id: unknown agreement "sac-gso-2051"`);
  });

  it('names a missing folder or descriptor', async () => {
    const { code, stdout } = await runCli(['data', 'validate', '--dir', path.join(copy, 'nowhere')], {});
    expect(code).toBe(1);
    expect(stdout).toMatch(/^datapackage\.json: not found in /);
  });
});
