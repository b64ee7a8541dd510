// Refreshes the test fixtures from a running API: node scripts/fetch-fixtures.mjs http://localhost:3000
// The fixtures are real responses, kept small: the agreements list keeps its first 20 and last 20 items
// (the oldest, the newest and the undated).
import { writeFile } from 'node:fs/promises';

const base = process.argv[2];
if (!base) {
  console.error('usage: fetch-fixtures.mjs <API base URL>');
  process.exit(2);
}

const fixtures = {
  'partners.json': '/v1/partners',
  'indicator-year-en.json': '/v1/indicators/agreements?group_by=year&lang=en',
  'indicator-year-zh.json': '/v1/indicators/agreements?group_by=year&lang=zh',
  'indicator-type-en.json': '/v1/indicators/agreements?group_by=type&lang=en',
  'indicator-type-fr.json': '/v1/indicators/agreements?group_by=type&lang=fr',
  'indicator-type-zh.json': '/v1/indicators/agreements?group_by=type&lang=zh',
  'indicator-total-en.json': '/v1/indicators/agreements?group_by=none&lang=en',
  'indicator-share-fr.json': '/v1/indicators/bri_share?group_by=none&lang=fr',
  'indicator-convergence-type-en.json': '/v1/indicators/convergence_balance?group_by=type&lang=en',
  'indicator-convergence-total-zh.json': '/v1/indicators/convergence_balance?group_by=none&lang=zh',
  'tallies-en.json': '/v1/tallies?lang=en&series=cumulative',
  'tallies-zh.json': '/v1/tallies?lang=zh&series=cumulative',
  'agreements.json': '/v1/agreements?limit=200',
  'agreement-detail.json': '/v1/agreements/sac-rosstandart-2016',
  'partner-rus-en.json': '/v1/partners/RUS?lang=en',
  'partner-rus-zh.json': '/v1/partners/RUS?lang=zh',
  'problem-404.json': '/v1/partners/XXX',
  'soft-hard-en.json': '/v1/indicators/soft-hard?lang=en',
  'soft-hard-fr.json': '/v1/indicators/soft-hard?lang=fr',
  'patchwork-2013-2019-en.json': '/v1/indicators/patchwork?period=2013-2019&lang=en',
};

for (const [file, path] of Object.entries(fixtures)) {
  const response = await fetch(new URL(path, base));
  const body = await response.json();
  if (file === 'agreements.json') {
    body.items = [...body.items.slice(0, 20), ...body.items.slice(-20)];
    body.next = null;
  }
  if (file === 'agreement-detail.json') body.agreement.history = [];
  await writeFile(
    new URL(`../src/test-support/fixtures/${file}`, import.meta.url),
    `${JSON.stringify(body, null, 2)}\n`,
  );
  console.log(file, response.status);
}
