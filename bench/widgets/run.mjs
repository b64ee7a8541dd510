// Widgets benchmark: the size of the built JS (min + gzip) for every widget together and each alone, and the
// time from script load to first render in headless Chromium against a floor — a bare Lit element that does
// the same fetches and renders a plain list — measured in the same run, on the loopback and on an emulated
// broadband connection. Prints the machine, Markdown tables and whether the goals of the widgets issue are met.
//   node bench/widgets/run.mjs [--runs 20] [--warmup 2] [--dist <folder>]
// --dist measures another build of the widgets (the dist/ folder of an earlier commit, say) instead of
// @sco/widgets' own.
// For a widget the page adds the embed builder's tags (the module, and a modulepreload of each module it
// imports); for the floor, its one module. Widget and floor take turns, so that a change of the machine's
// load falls on both.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_FLAGS, chromiumExecutable } from '@sco/briefs';
import { loadConfig } from '@sco/config';
import puppeteer from 'puppeteer-core';
import { startApi } from './api-process.mjs';
import { buildFloor } from './floor-build.mjs';
import { measure } from './measure.mjs';
import { startPageServer } from './page-server.mjs';
import { printFetches, printGoals, printSizes, printTimes } from './report.mjs';
import { NETWORKS, pageOf, scenarios } from './scenarios.mjs';
import { tagsOf } from './tags.mjs';
import { widgetSizes } from './sizes.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '2' },
    dist: { type: 'string' },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);

const loadBefore = os.loadavg()[0];
const dist = values.dist
  ? path.resolve(values.dist)
  : path.dirname(createRequire(import.meta.url).resolve('@sco/widgets/manifest.json'));
const manifest = JSON.parse(await readFile(path.join(dist, 'manifest.json'), 'utf8'));
const sizes = await widgetSizes(dist);
const config = loadConfig(process.env, rootDir);
const list = scenarios(manifest);

const temp = await mkdtemp(path.join(os.tmpdir(), 'sco-bench-widgets-'));
const cleanup = [() => rm(temp, { recursive: true, force: true })];
let floorSize;
let browserVersion;
const fetchedBy = new Map();
const passes = [];
try {
  floorSize = await buildFloor(path.join(temp, 'floor'));
  const api = await startApi(path.join(temp, 'state'));
  cleanup.unshift(api.stop);
  const pages = new Map();
  const site = await startPageServer(pages, { '/widgets/': dist, '/floor/': path.join(temp, 'floor') });
  cleanup.unshift(site.close);
  const browser = await puppeteer.launch({
    executablePath: await chromiumExecutable(config.chromiumPath),
    headless: true,
    userDataDir: path.join(temp, 'profile'),
    args: [...CHROMIUM_FLAGS],
  });
  cleanup.unshift(() => browser.close());
  browserVersion = await browser.version();

  const widgetTag = ({ tag, attributes }) =>
    `<${tag} api="${api.origin}"${attributes ? ` ${attributes}` : ''}></${tag}>`;
  for (const [index, scenario] of list.entries()) {
    pages.set(`/widget/${index}.html`, pageOf(scenario.widgets.map(widgetTag)));
  }
  const widgetTags = (scenario) => tagsOf(manifest, `${site.origin}/widgets/`, scenario.script);
  const floorTags = { script: `${site.origin}/floor/floor.js`, preloads: [] };

  // What each widget fetches (its data from the API; the map, its geometry from beside its script): the floor
  // element standing for that widget fetches the same URLs.
  for (const [index, scenario] of list.entries()) {
    if (scenario.widgets.length !== 1) continue;
    const page = `${site.origin}/widget/${index}.html`;
    const { fetched } = await measure(browser, page, widgetTags(scenario), 1, null);
    fetchedBy.set(scenario.widgets[0].tag, fetched);
  }
  for (const [index, scenario] of list.entries()) {
    const floors = scenario.widgets.map(
      ({ tag }) => `<floor-list urls="${(fetchedBy.get(tag) ?? []).join(' ')}"></floor-list>`,
    );
    pages.set(`/floor/${index}.html`, pageOf(floors));
  }

  for (const network of NETWORKS) {
    const results = list.map((scenario) => ({ scenario, widget: [], floor: [] }));
    for (let round = 0; round < warmup + runs; round++) {
      for (const [index, result] of results.entries()) {
        const kinds = round % 2 === 0 ? ['widget', 'floor'] : ['floor', 'widget'];
        for (const kind of kinds) {
          const tags = kind === 'widget' ? widgetTags(result.scenario) : floorTags;
          const page = `${site.origin}/${kind}/${index}.html`;
          const count = result.scenario.widgets.length;
          const { time } = await measure(browser, page, tags, count, network.conditions);
          if (round >= warmup) result[kind].push(time);
        }
      }
    }
    passes.push({ network, results });
  }
} finally {
  for (const step of cleanup) await step();
}

const cpus = os.cpus();
console.log(
  `\nWidgets ${sizes.version}. ${runs} runs per scenario and network after ${warmup} warm-up rounds, widget and ` +
    `floor taking turns, each in a fresh browser context; ${browserVersion}, headless; ${cpus.length} cores, ` +
    `${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ` +
    `${os.type()} ${os.release()}; load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after\n`,
);
printSizes(sizes, floorSize, manifest);
printFetches(fetchedBy);
const worstByNetwork = passes.map(({ network, results }) => ({
  network,
  worst: printTimes(network, results),
}));
printGoals(sizes, worstByNetwork);
