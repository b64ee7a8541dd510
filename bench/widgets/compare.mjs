// Two builds of the widgets compared on the same pages: they take turns, load after load, in one browser and
// against one API, so that a change of the machine's load falls on both (ratios of separate runs of
// run.mjs move with it). Each load is measured as run.mjs measures it (measure.mjs); the scenarios are the
// map alone and every widget (or those --scenarios names), on the loopback and on emulated broadband.
//   node bench/widgets/compare.mjs --before <dist folder> [--after <dist folder>] [--runs 31] [--warmup 2]
//     [--scenarios sco-map,all]
// --after defaults to @sco/widgets' own build.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, chromiumExecutable } from '@sco/briefs';
import { loadConfig } from '@sco/config';
import puppeteer from 'puppeteer-core';
import { startApi } from './api-process.mjs';
import { measure } from './measure.mjs';
import { startPageServer } from './page-server.mjs';
import { NETWORKS, pageOf, scenarios } from './scenarios.mjs';
import { tagsOf } from './tags.mjs';
import { twoBuildsFromArgs } from './two-builds.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { builds, runs, warmup, scenarios: chosen } = twoBuildsFromArgs();
const manifests = {};
for (const [name, dist] of Object.entries(builds)) {
  manifests[name] = JSON.parse(await readFile(path.join(dist, 'manifest.json'), 'utf8'));
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;

const loadBefore = os.loadavg()[0];
const temp = await mkdtemp(path.join(os.tmpdir(), 'sco-bench-compare-'));
const cleanup = [() => rm(temp, { recursive: true, force: true })];
const rows = [];
try {
  const api = await startApi(path.join(temp, 'state'));
  cleanup.unshift(api.stop);
  const pages = new Map();
  const site = await startPageServer(pages, { '/before/': builds.before, '/after/': builds.after });
  cleanup.unshift(site.close);
  const browser = await puppeteer.launch({
    executablePath: await chromiumExecutable(loadConfig(process.env, rootDir).chromiumPath),
    headless: true,
    userDataDir: path.join(temp, 'profile'),
    args: [...CHROMIUM_FLAGS],
  });
  cleanup.unshift(() => browser.close());
  // By default the map and every widget; --scenarios names others (a widget's tag, `all` for every widget).
  const names = chosen ?? ['sco-map', 'all'];
  const list = scenarios(manifests.after).filter((scenario) =>
    names.includes(scenario.widgets.length > 1 ? 'all' : scenario.name),
  );
  const widgetTag = ({ tag, attributes }) =>
    `<${tag} api="${api.origin}"${attributes ? ` ${attributes}` : ''}></${tag}>`;
  for (const [index, scenario] of list.entries()) {
    pages.set(`/${index}.html`, pageOf(scenario.widgets.map(widgetTag)));
  }
  for (const network of NETWORKS) {
    for (const [index, scenario] of list.entries()) {
      const times = { before: [], after: [] };
      for (let round = 0; round < warmup + runs; round++) {
        for (const build of round % 2 === 0 ? ['before', 'after'] : ['after', 'before']) {
          const manifest = manifests[build];
          const file =
            scenario.widgets.length === 1 ? manifest.widgets[scenario.widgets[0].tag] : manifest.entry;
          const tags = tagsOf(manifest, `${site.origin}/${build}/`, file);
          const page = `${site.origin}/${index}.html`;
          const { time } = await measure(
            browser,
            page,
            tags,
            scenario.widgets.length,
            network.conditions,
          ).catch((error) => {
            throw new Error(`${build} build, ${scenario.name}, ${network.name}: ${error.message}`, {
              cause: error,
            });
          });
          if (round >= warmup) times[build].push(time);
        }
      }
      const faster = times.after.filter((time, i) => time < (times.before[i] ?? NaN)).length;
      rows.push({ network: network.name, scenario: scenario.name, times, faster });
    }
  }
} finally {
  for (const step of cleanup) await step();
}

console.log(
  `\n${runs} loads of each build per scenario and network after ${warmup} warm-up rounds, taking turns; ` +
    `load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after\n`,
);
console.log('| scenario | network | before ms | after ms | after ÷ before | loads where after was faster |');
console.log('|---|---|---:|---:|---:|---:|');
for (const { network, scenario, times, faster } of rows) {
  const before = median(times.before);
  const after = median(times.after);
  console.log(
    `| ${scenario} | ${network} | ${before.toFixed(0)} | ${after.toFixed(0)} | ${(after / before).toFixed(2)} | ${faster}/${runs} |`,
  );
}
