// Refreshes the test fixtures from a running API: node scripts/fetch-fixtures.mjs http://localhost:3000
// [file…] (only those files). The fixtures are real responses, kept small: the agreements list keeps 40 items,
// in the API's order (the 20 oldest, the 10 newest and the first 10 undated), and its French and Chinese lists
// the same agreements, in the same order.
import { readFile, writeFile } from 'node:fs/promises';

const [base, ...only] = process.argv.slice(2);
if (!base) {
  console.error('usage: fetch-fixtures.mjs <API base URL> [file…]');
  process.exit(2);
}
const fixtureUrl = (file) => new URL(`../src/test-support/fixtures/${file}`, import.meta.url);

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
  'agreements-fr.json': '/v1/agreements?limit=200&lang=fr',
  'agreements-zh.json': '/v1/agreements?limit=200&lang=zh',
  'agreement-detail.json': '/v1/agreements/sac-rosstandart-2016',
  'partner-rus-en.json': '/v1/partners/RUS?lang=en',
  'partner-rus-zh.json': '/v1/partners/RUS?lang=zh',
  'problem-404.json': '/v1/partners/XXX',
  'soft-hard-en.json': '/v1/indicators/soft-hard?lang=en',
  'soft-hard-fr.json': '/v1/indicators/soft-hard?lang=fr',
  'patchwork-2013-2019-en.json': '/v1/indicators/patchwork?period=2013-2019&lang=en',
  'patchwork-2013-2019-fr.json': '/v1/indicators/patchwork?period=2013-2019&lang=fr',
};

for (const [file, path] of Object.entries(fixtures)) {
  if (only.length > 0 && !only.includes(file)) continue;
  const response = await fetch(new URL(path, base));
  const body = await response.json();
  if (file === 'agreements.json') {
    const dated = body.items.filter((item) => item.signed_date !== null);
    const undated = body.items.filter((item) => item.signed_date === null);
    body.items = [...dated.slice(0, 20), ...dated.slice(-10), ...undated.slice(0, 10)];
    body.next = null;
  }
  if (file === 'agreements-fr.json' || file === 'agreements-zh.json') {
    const english = JSON.parse(await readFile(fixtureUrl('agreements.json'), 'utf8'));
    const byId = new Map(body.items.map((item) => [item.id, item]));
    body.items = english.items.map((item) => byId.get(item.id)).filter(Boolean);
    body.next = null;
  }
  if (file === 'agreement-detail.json') body.agreement.history = [];
  await writeFile(fixtureUrl(file), `${JSON.stringify(body, null, 2)}\n`);
  console.log(file, response.status);
}
