import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const clientDir = path.dirname(createRequire(import.meta.url).resolve('@sco/client/package.json'));

describe("@sco/client's src/generated/api.d.ts", () => {
  // Builds the API's app and runs openapi-typescript and Prettier: slow on a busy machine.
  it(
    'is what the API describes now (run `pnpm --filter @sco/openapi-types generate` when this fails)',
    { timeout: 120_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'sco-openapi-types-'));
      try {
        const fresh = path.join(dir, 'api.d.ts');
        await promisify(execFile)(process.execPath, ['scripts/generate-api-types.mjs', fresh], {
          cwd: packageDir,
        });
        const committed = await readFile(path.join(clientDir, 'src', 'generated', 'api.d.ts'), 'utf8');
        const regenerated = await readFile(fresh, 'utf8');
        expect(regenerated.length).toBeGreaterThan(10_000);
        expect(committed === regenerated, 'the committed API types are out of date').toBe(true);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
