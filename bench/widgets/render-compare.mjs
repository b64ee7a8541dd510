// A widget's own first render, two builds taking turns: no API and no network, so that what a change to the
// rendering buys is not lost in the time the data takes to arrive (compare.mjs measures the whole page).
// Each load is a fresh browser context: the page imports the build's module and reads the inline data (the
// test fixtures; the map's geometry from the build: the file its manifest names, which the map fetches by
// default), then the clock runs from adding the element to its `sco-load`, and a second time to the end of
// the next frame (style, layout, paint).
//   node bench/widgets/render-compare.mjs --before <dist folder> [--after <dist folder>] [--runs 31] [--warmup 2]
// --after defaults to @sco/widgets' own build. Only sco-map for now (inline partners and geometry).
/* global document, performance, requestAnimationFrame, setTimeout, clearTimeout -- page.evaluate runs in the page */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, chromiumExecutable } from '@sco/briefs';
import { loadConfig } from '@sco/config';
import puppeteer from 'puppeteer-core';
import { startPageServer } from './page-server.mjs';
import { twoBuildsFromArgs } from './two-builds.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { builds, runs, warmup } = twoBuildsFromArgs();
const widgetsDir = path.join(rootDir, 'packages', 'widgets');
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;

const loadBefore = os.loadavg()[0];
const pages = new Map([['/render.html', '<!doctype html><html lang="en"><body></body></html>']]);
const site = await startPageServer(pages, {
  '/before/': builds.before,
  '/after/': builds.after,
  '/fixtures/': path.join(widgetsDir, 'src', 'test-support', 'fixtures'),
});
const browser = await puppeteer.launch({
  executablePath: await chromiumExecutable(loadConfig(process.env, rootDir).chromiumPath),
  args: CHROMIUM_FLAGS,
});

async function once(build) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/render.html`, { waitUntil: 'load' });
    return await page.evaluate(async (prefix) => {
      await import(`${prefix}sco-map.js`);
      // The geometry the build's map fetches by default (its manifest names it).
      const { geometry } = await fetch(`${prefix}manifest.json`).then((response) => response.json());
      const [data, geometryData] = await Promise.all(
        [`/fixtures/partners.json`, `${prefix}${geometry}`].map((url) =>
          fetch(url).then((response) => response.json()),
        ),
      );
      const element = document.createElement('sco-map');
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no sco-load after 30 s')), 30_000);
        let start = 0;
        element.addEventListener('sco-load', () => {
          const loaded = performance.now() - start;
          requestAnimationFrame(() =>
            setTimeout(() => {
              clearTimeout(timer);
              resolve({ loaded, painted: performance.now() - start });
            }),
          );
        });
        Object.assign(element, { data, geometryData });
        start = performance.now();
        document.body.append(element);
      });
    }, `/${build}/`);
  } finally {
    await context.close();
  }
}

const times = { before: { loaded: [], painted: [] }, after: { loaded: [], painted: [] } };
const faster = { loaded: 0, painted: 0 };
try {
  for (let round = 0; round < warmup + runs; round++) {
    // Taking turns, the first of each pair alternating, so that neither build always follows the other.
    const order = round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
    const pair = {};
    for (const build of order) pair[build] = await once(build);
    if (round < warmup) continue;
    for (const key of ['loaded', 'painted']) {
      times.before[key].push(pair.before[key]);
      times.after[key].push(pair.after[key]);
      if (pair.after[key] < pair.before[key]) faster[key] += 1;
    }
  }
} finally {
  await browser.close();
  await site.close();
}

console.log(
  `\nsco-map's first render with inline data: ${runs} loads of each build after ${warmup} warm-up rounds, ` +
    `taking turns; load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after\n`,
);
console.log('| to | before ms | after ms | after ÷ before | loads where after was faster |');
console.log('|---|---:|---:|---:|---:|');
for (const [key, label] of [
  ['loaded', '`sco-load`'],
  ['painted', 'the next frame'],
]) {
  const [b, a] = [median(times.before[key]), median(times.after[key])];
  console.log(
    `| ${label} | ${b.toFixed(1)} | ${a.toFixed(1)} | ${(a / b).toFixed(2)} | ${faster[key]}/${runs} |`,
  );
}
