// Fails unless every suite that needs PostgreSQL ran its PostgreSQL half and passed.
import { readFileSync } from 'node:fs';

const suites = ['packages/db', 'apps/cli', 'apps/api', 'tests'];
let failed = false;
for (const suite of suites) {
  const file = `${suite}/test-results/vitest.json`;
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${suite}: no test report (${file}): ${error.message}`);
    failed = true;
    continue;
  }
  const results = report.testResults.flatMap((file) => file.assertionResults);
  const postgres = results.filter((r) => r.ancestorTitles.some((title) => /\bon '?postgres'?$/.test(title)));
  const passed = postgres.filter((r) => r.status === 'passed').length;
  const other = postgres.length - passed;
  console.log(
    `${suite}: ${passed} PostgreSQL tests passed, ${other} not passed, ${results.length} tests in all`,
  );
  if (passed === 0 || other > 0) failed = true;
}
process.exit(failed ? 1 : 0);
