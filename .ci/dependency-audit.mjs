// The dependency audit of CI: `pnpm audit --prod --json`, failing on a high or critical advisory that the
// allow-list (.ci/audit-allowlist.json) does not name. When the registry has no audit endpoint (it answers
// 405, or the network is unreachable), it says "audit endpoint unavailable" and does not fail: that is no
// finding, and it is reported as such. `--from-file FILE` judges a saved report (stdout of the audit) instead.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BLOCKING = new Set(['high', 'critical']);

function runAudit() {
  try {
    return execFileSync('pnpm', ['audit', '--prod', '--json'], {
      cwd: path.join(here, '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // pnpm audit exits non-zero when it finds anything, and when the endpoint fails.
    return `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
}

const fromFile = process.argv.indexOf('--from-file');
const output = fromFile >= 0 ? readFileSync(process.argv[fromFile + 1], 'utf8') : runAudit();
const allowList = JSON.parse(readFileSync(path.join(here, 'audit-allowlist.json'), 'utf8')).entries;

let report;
try {
  report = JSON.parse(output);
} catch {
  report = null;
}
if (report === null || typeof report.advisories !== 'object' || report.advisories === null) {
  const reason = /\b(405|ERR_PNPM_AUDIT_BAD_RESPONSE|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN)\b/.exec(
    output,
  );
  console.log(
    `dependency audit: audit endpoint unavailable (${reason ? reason[0] : 'no audit report'}): no advisory was checked`,
  );
  process.exit(0);
}

const allowed = new Set(allowList.map((entry) => entry.advisory));
const advisories = Object.values(report.advisories);
const blocking = advisories.filter(
  (advisory) =>
    BLOCKING.has(advisory.severity) &&
    !allowed.has(advisory.github_advisory_id) &&
    !allowed.has(String(advisory.id)),
);
for (const advisory of blocking) {
  console.error(
    `dependency audit: ${advisory.severity} ${advisory.module_name} ${advisory.vulnerable_versions ?? ''}: ${advisory.title} (${advisory.github_advisory_id ?? advisory.id}) ${advisory.url ?? ''}`,
  );
}
const tolerated = advisories.length - blocking.length;
console.log(
  `dependency audit: ${advisories.length} advisories, ${blocking.length} high or critical not allowed, ${tolerated} below high or allow-listed`,
);
process.exit(blocking.length > 0 ? 1 : 0);
