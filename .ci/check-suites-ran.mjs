// Fails unless the suites that need PostgreSQL ran their PostgreSQL half, and the suites that need Chromium
// ran, and everything they ran passed.
import { readFileSync } from 'node:fs';

function resultsOf(suite) {
  const file = `${suite}/test-results/vitest.json`;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return report.testResults.flatMap((result) => result.assertionResults);
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

for (const suite of ['packages/widgets', 'apps/briefs']) {
  const results = resultsOf(suite);
  if (!results) {
    failed = true;
    continue;
  }
  const passed = results.filter((r) => r.status === 'passed').length;
  console.log(`${suite}: ${passed} Chromium tests passed, ${results.length - passed} not passed`);
  if (passed === 0 || passed !== results.length) failed = true;
}

process.exit(failed ? 1 : 0);
