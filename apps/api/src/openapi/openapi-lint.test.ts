import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const redoclyBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')),
  'bin',
  'cli.js',
);

function lint(file: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [redoclyBin, 'lint', '--config', path.join(apiDir, 'redocly.yaml'), '--format', 'stylish', file],
      {
        // Only what Redocly needs: no telemetry, no update check.
        env: {
          HOME: homedir(),
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
        },
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
      },
    );
  });
}

// The document does not depend on the engine: linted once, on the first.
const [database] = await testDatabases();

describe('the OpenAPI document under Redocly', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    if (!database) throw new Error('no test database');
    t = await openTestApp(database);
    dir = await mkdtemp(path.join(tmpdir(), 'sco-openapi-'));
  });
  afterAll(async () => {
    await t.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('declares security on every operation (`security: []` where public)', async () => {
    const document = (await request(t.app).get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const operations = Object.entries(document.paths).flatMap(([route, item]) =>
      Object.entries(item).map(([method, operation]) => ({ route: `${method} ${route}`, operation })),
    );
    expect(operations.length).toBeGreaterThan(10);
    expect(
      operations.filter(({ operation }) => !Array.isArray(operation.security)).map((o) => o.route),
    ).toEqual([]);
    const edit = document.paths['/v1/agreements/{id}']?.['patch'];
    expect(edit?.security).toEqual([{ apiKey: [] }]);
    expect(document.paths['/v1/agreements']?.['get']?.security).toEqual([]);
  });

  it('lints clean with the recommended ruleset: no error, no warning', async () => {
    const file = path.join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify((await request(t.app).get('/openapi.json').expect(200)).body));
    const result = await lint(file);
    // Redocly says this only when it found no error and no warning ("succeeded with N warnings" otherwise).
    expect(result.output).toMatch(/Your API description is valid/);
    expect(result.output).not.toMatch(/with \d+ warnings?|failed with \d+ errors?/);
    expect(result.code, result.output).toBe(0);
  });
});
