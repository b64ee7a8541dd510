import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresBinariesMissingError, postgresBinDir } from './support/private-postgres.js';

describe('finding the PostgreSQL server binaries (<root>/<version>/bin)', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'sco-pg-bin-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const install = async (version: string, tools: readonly string[]) => {
    await mkdir(path.join(root, version, 'bin'), { recursive: true });
    for (const tool of tools) await writeFile(path.join(root, version, 'bin', tool), '');
  };

  it('fails on CI, naming the folder, and answers null elsewhere when there are none', async () => {
    await expect(postgresBinDir(path.join(root, 'absent'), true)).rejects.toThrow(
      PostgresBinariesMissingError,
    );
    await expect(postgresBinDir(root, true)).rejects.toThrow(`in ${root}/<version>/bin`);
    expect(await postgresBinDir(root, false)).toBeNull();
  });

  it('takes the newest version that has both initdb and pg_ctl', async () => {
    await install('9.6', ['initdb', 'pg_ctl']);
    await install('15', ['initdb', 'pg_ctl']);
    await install('17', ['initdb']);
    await install('notes', ['initdb', 'pg_ctl']);
    expect(await postgresBinDir(root, true)).toBe(path.join(root, '15', 'bin'));
  });
});
