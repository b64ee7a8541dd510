import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '.ci',
  'dependency-audit.mjs',
);
const dir = mkdtempSync(path.join(os.tmpdir(), 'sco-audit-'));

/** Runs the audit script on a saved report (synthetic, in the shape `pnpm audit --json` prints). */
function judge(report: string): { status: number | null; out: string } {
  const file = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, report);
  const run = spawnSync(process.execPath, [script, '--from-file', file], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

const advisory = (severity: string, id: string) => ({
  id: 1,
  github_advisory_id: id,
  module_name: 'synthetic-package',
  severity,
  title: 'A synthetic advisory',
  vulnerable_versions: '<1.0.0',
  url: 'https://example.org/advisory',
});

describe('the dependency audit of CI (.ci/dependency-audit.mjs)', () => {
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails on a high or critical advisory, naming it', () => {
    const high = judge(JSON.stringify({ advisories: { 1: advisory('high', 'GHSA-synt-heti-c001') } }));
    expect(high.status).toBe(1);
    expect(high.out).toContain('high synthetic-package');
    expect(
      judge(JSON.stringify({ advisories: { 1: advisory('critical', 'GHSA-synt-heti-c002') } })).status,
    ).toBe(1);
  });

  it('passes on moderate and low advisories and on none', () => {
    expect(
      judge(JSON.stringify({ advisories: { 1: advisory('moderate', 'GHSA-synt-heti-c003') } })).status,
    ).toBe(0);
    expect(judge(JSON.stringify({ advisories: {} })).status).toBe(0);
  });

  it('says "audit endpoint unavailable" without failing when the registry answers 405', () => {
    const unavailable = judge(
      ' ERR_PNPM_AUDIT_BAD_RESPONSE  The audit endpoint (at https://registry.example/-/npm/v1/security/audits/quick) responded with 405',
    );
    expect(unavailable.status).toBe(0);
    expect(unavailable.out).toContain('audit endpoint unavailable (ERR_PNPM_AUDIT_BAD_RESPONSE)');
  });
});
