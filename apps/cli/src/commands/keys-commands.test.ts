import { loadConfig } from '@sco/config';
import { createDb, verifyApiKey, type Db } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, type CliEnv } from '../test-support/cli-env.js';
import { rootDir, runCli } from '../test-support/run-cli.js';

const KEY = /^sco_[0-9a-f]{12}_([A-Za-z0-9_-]{43})$/;

describe.each(await testDatabases())('sco keys on $dialect', (database) => {
  let cli: CliEnv;
  let db: Db;
  beforeAll(async () => {
    cli = await cliEnv(database);
    await runCli(['db', 'migrate'], cli.env);
    db = createDb(loadConfig(cli.env, rootDir).database);
  });
  afterAll(async () => {
    await db.close();
    await cli.dispose();
  });

  const keyId = (stderr: string) => /key (key-[0-9a-f]{8})/.exec(stderr)?.[1] ?? '';

  it('says there are no keys yet', async () => {
    const { code, stdout } = await runCli(['keys', 'list'], cli.env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^no API keys yet: create one with `sco keys create/);
  });

  it('creates a key and prints it once, alone on stdout, with a warning', async () => {
    const { code, stdout, stderr } = await runCli(
      ['keys', 'create', '--role', 'editor', '--name', 'Research team'],
      cli.env,
    );
    expect(code).toBe(0);
    const token = stdout.trim();
    expect(token).toMatch(KEY);
    expect(stderr).toMatch(/created editor key key-[0-9a-f]{8} for "Research team"/);
    expect(stderr).toMatch(/cannot be shown again/);
    expect(await verifyApiKey(db.db, token, new Date())).toEqual({
      keyId: keyId(stderr),
      name: 'Research team',
      role: 'editor',
    });

    const list = await runCli(['keys', 'list'], cli.env);
    expect(list.stdout).not.toContain(token);
    // The secret is everything after the prefix: base64url, so it may hold "_" itself.
    const secret = KEY.exec(token)?.[1] ?? '';
    expect(secret).toHaveLength(43);
    expect(list.stdout).not.toContain(secret);
  });

  it('lists every key as a table, and as JSON without hashes', async () => {
    await runCli(['keys', 'create', '--role', 'admin', '--name', 'Data lead'], cli.env);
    const { code, stdout } = await runCli(['keys', 'list'], cli.env);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID +NAME +ROLE +CREATED \(UTC\) +LAST USED +REVOKED$/);
    expect(lines[1]).toMatch(
      /^key-[0-9a-f]{8} +Research team +editor +\d{4}-\d\d-\d\d \d\d:\d\d +\d{4}-\d\d-\d\d \d\d:\d\d +—$/,
    );
    expect(lines[2]).toMatch(/^key-[0-9a-f]{8} +Data lead +admin +\d{4}-\d\d-\d\d \d\d:\d\d +— +—$/);
    const json = JSON.parse((await runCli(['keys', 'list', '--json'], cli.env)).stdout) as object[];
    expect(json).toHaveLength(2);
    for (const key of json) expect(Object.keys(key)).not.toContain('hash');
  });

  it('revokes a key: it stops authenticating, and a second revocation fails', async () => {
    const created = await runCli(['keys', 'create', '--role', 'editor', '--name', 'Intern'], cli.env);
    const id = keyId(created.stderr);
    const revoked = await runCli(['keys', 'revoke', id], cli.env);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toBe(`revoked editor key ${id} of "Intern": it no longer authenticates\n`);
    expect(await verifyApiKey(db.db, created.stdout.trim(), new Date())).toBeNull();

    const again = await runCli(['keys', 'revoke', id], cli.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`✗ API key ${id} was already revoked at \\d{4}-`));
    const list = await runCli(['keys', 'list'], cli.env);
    expect(list.stdout).toMatch(
      new RegExp(`^${id} +Intern +editor +\\S+ \\S+ +— +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$`, 'm'),
    );
  });

  it('fails clearly on an unknown role, a missing or bad name, and an unknown id', async () => {
    const role = await runCli(['keys', 'create', '--role', 'viewer', '--name', 'X'], cli.env);
    expect(role.code).not.toBe(0);
    expect(role.stderr).toMatch(
      /argument 'viewer' is invalid\. Allowed choices are communications, editor, admin/,
    );
    const noRole = await runCli(['keys', 'create', '--name', 'X'], cli.env);
    expect(noRole.code).not.toBe(0);
    expect(noRole.stderr).toMatch(/required option '--role <role>' not specified/);
    const noName = await runCli(['keys', 'create', '--role', 'editor'], cli.env);
    expect(noName.code).not.toBe(0);
    expect(noName.stderr).toMatch(/required option '--name <name>' not specified/);
    const blank = await runCli(['keys', 'create', '--role', 'editor', '--name', '  '], cli.env);
    expect(blank.code).toBe(1);
    expect(blank.stderr).toMatch(/✗ invalid key name: it must not be empty/);
    const unknown = await runCli(['keys', 'revoke', 'key-00000000'], cli.env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/✗ there is no API key key-00000000; `sco keys list` shows them/);
    const injection = await runCli(['keys', 'revoke', "x' OR '1'='1"], cli.env);
    expect(injection.code).toBe(1);
    expect(injection.stderr).toMatch(/there is no API key x' OR '1'='1/);
    const list = JSON.parse((await runCli(['keys', 'list', '--json'], cli.env)).stdout) as {
      revoked_at: string | null;
    }[];
    expect(list.filter((key) => key.revoked_at === null)).toHaveLength(2);
  });

  it('creates a key for the communications team, who render briefs', async () => {
    const { code, stdout, stderr } = await runCli(
      ['keys', 'create', '--role', 'communications', '--name', 'Comms team'],
      cli.env,
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/created communications key key-[0-9a-f]{8} for "Comms team"/);
    expect(await verifyApiKey(db.db, stdout.trim(), new Date())).toEqual({
      keyId: keyId(stderr),
      name: 'Comms team',
      role: 'communications',
    });
    await runCli(['keys', 'revoke', keyId(stderr)], cli.env);
  });
});
