// Fails unless the suites that need PostgreSQL ran their PostgreSQL half, the suites that need Chromium and
// the multi-process suites on PostgreSQL ran, and everything they ran passed.
import { readFileSync } from 'node:fs';

/** The tests a suite's report holds (of the test files matching `files`, when given). */
function resultsOf(suite, files) {
  const file = `${suite}/test-results/vitest.json`;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return report.testResults
      .filter((result) => !files || files.test(result.name))
      .flatMap((result) => result.assertionResults);
  } catch (error) {
    console.error(`${suite}: no test report (${file}): ${error.message}`);
    return null;
  }
}

let failed = false;

for (const suite of ['packages/db', 'apps/cli', 'apps/api', 'tests']) {
  const results = resultsOf(suite);
  if (!results) {
    failed = true;
    continue;
  }
  const postgres = results.filter((r) => r.ancestorTitles.some((title) => /\bon '?postgres'?$/.test(title)));
  const passed = postgres.filter((r) => r.status === 'passed').length;
  const other = postgres.length - passed;
  console.log(
    `${suite}: ${passed} PostgreSQL tests passed, ${other} not passed, ${results.length} tests in all`,
  );
  if (passed === 0 || other > 0) failed = true;
}

/** Fails unless every test of `suite` (of the test files matching `files`) ran and passed, and there is one. */
function allPassed(suite, files, what) {
  const results = resultsOf(suite, files);
  if (!results) {
    failed = true;
    return;
  }
  const passed = results.filter((r) => r.status === 'passed').length;
  console.log(`${suite}: ${passed} ${what} tests passed, ${results.length - passed} not passed`);
  if (passed === 0 || passed !== results.length) failed = true;
}

// The suites that drive a real Chromium: every test of a suite, or those of the files named.
const chromiumSuites = [
  { suite: 'packages/widgets' },
  { suite: 'apps/briefs' },
  { suite: 'apps/api', files: /\/(studio\.e2e|briefs\.routes|brief-crash|brief-queue)\.test\.ts$/ },
  { suite: 'tests', files: /\/e2e\/[^/]+\.test\.ts$/ },
];

for (const { suite, files } of chromiumSuites) allPassed(suite, files, 'Chromium');

// The suites that run real API and worker processes on PostgreSQL, each file on its own: the shared server
// (SCO_TEST_DATABASE_URL), or, for postgres-restart, a server of its own that it stops and starts again
// (initdb and pg_ctl from /usr/lib/postgresql/<version>/bin).
const multiProcessPostgresSuites = ['multi-process', 'database-outage', 'worker-killed', 'postgres-restart'];

for (const name of multiProcessPostgresSuites) {
  allPassed('tests', new RegExp(`/multi-process/${name}\\.test\\.ts$`), `multi-process/${name} PostgreSQL`);
}

process.exit(failed ? 1 : 0);
