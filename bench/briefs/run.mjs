// Briefs benchmark, in one run: the overview brief rendered end to end by the brief renderer, warm (a first
// render: its contents' pages read from the page's layout, then printed, and printed again if they moved;
// and again with the contents' pages already known), against the same final static HTML printed by a bare page.pdf in a warm Chromium
// (the limit), by `chromium --headless --print-to-pdf`, by WeasyPrint and by wkhtmltopdf — in English and in
// Chinese; the fonts of each PDF (pdffonts); then the renderer's memory (Node and every Chromium process)
// over consecutive renders. Prints the machine, Markdown tables and whether the goals of the briefs issue
// are met.
//   node --expose-gc bench/briefs/run.mjs [--rounds 8] [--tool-rounds 3] [--memory-renders 200]
//     [--sample-every 10] [--cli-timeout 30] [--keep <dir>]
// --rounds: timed renders per language of the renderer, the bare page.pdf and WeasyPrint warm, taking turns;
// --tool-rounds: of those, the rounds in which the other tools (each a process per PDF) run too; --keep: keep
// the static HTML and the PDFs there.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { loadConfig } from '@sco/config';
import { BRIEF_STEPS, chromiumExecutable, createBriefRenderer } from '@sco/briefs';
import { openBriefData } from './brief-data.mjs';
import { checkPdf } from './pdf-check.mjs';
import {
  barePdf,
  chromiumCli,
  coldChromiumPdf,
  launchChromium,
  weasyprintCli,
  startWeasyprint,
  wkhtmltopdf,
} from './peers.mjs';
import { treeMemory } from './process-memory.mjs';
import { writeStaticBrief } from './static-brief.mjs';
import { mean, median, quantile, slope } from './stats.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '8' },
    'tool-rounds': { type: 'string', default: '3' },
    'memory-renders': { type: 'string', default: '200' },
    'sample-every': { type: 'string', default: '10' },
    'cli-timeout': { type: 'string', default: '30' },
    keep: { type: 'string' },
  },
});
const rounds = Number(values.rounds);
const toolRounds = Math.min(rounds, Number(values['tool-rounds']));
const memoryRenders = Number(values['memory-renders']);
const sampleEvery = Number(values['sample-every']);
const cliTimeoutMs = Number(values['cli-timeout']) * 1000;

/** The goals of the briefs issue. */
const GOALS = { bareRatio: 1.3, weasyprintThroughput: 3, memoryGrowth: 1.1 };
const LANGS = ['en', 'zh'];
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 5, 12);

const log = (message) => process.stderr.write(`${message}\n`);
const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const mib = (bytes) => bytes / 2 ** 20;
const verdict = (ok) => (ok ? 'met' : '**missed**');

// The configuration read once, as the apps read it: CHROMIUM_PATH, or the Chromium of the npm package.
const config = loadConfig(process.env, rootDir);
const executablePath = await chromiumExecutable(config.chromiumPath);

/**
 * The renderer's clock gives the brief its creation date. Fixed, the same brief is the same page, and the
 * renderer knows its contents' pages from the render before. Advancing, every brief carries another date, as
 * briefs rendered on other days do: a first render, whose contents' pages the renderer reads from the page's
 * layout (and prints again if the PDF says otherwise).
 */
const clock = { advancing: false, day: 0 };
const now = () => new Date(BASE + (clock.advancing ? ++clock.day : 0) * DAY);

const loadBefore = os.loadavg();
/** The 1-minute load average at the start of every round and memory sample. */
const loads = [];
const work = await mkdtemp(path.join(os.tmpdir(), 'sco-bench-briefs-'));
const briefData = await openBriefData(rootDir, path.join(work, 'state'));
const renderer = createBriefRenderer({ chromiumPath: executablePath, now });
let bare = await launchChromium(executablePath);

const request = (lang) => ({ template: 'overview', lang, paper: 'a4' });

async function timedRender(lang, advancing) {
  clock.advancing = advancing;
  const started = performance.now();
  const brief = await renderer.render(request(lang), briefData.data);
  return { ms: performance.now() - started, brief };
}

const versions = {};
async function versionOf(file, args) {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, { encoding: 'utf8' });
    return (stdout || stderr).trim().split('\n')[0];
  } catch {
    return 'not installed';
  }
}

/** How Chromium's command line failed on the first brief, if it did. */
let cliFailure = null;

/** One language: the static HTML, then rounds in which every renderer takes its turn. */
async function measure(lang) {
  const dir = path.join(work, lang);
  await mkdir(dir, { recursive: true });
  log(`${lang}: warming up and writing the final static HTML`);
  const warm = [await timedRender(lang, false), await timedRender(lang, false)];
  const reference = warm[1].brief;
  await writeFile(path.join(dir, 'renderer-contents-cached.pdf'), reference.pdf);
  const preview = await renderer.renderHtml(request(lang), briefData.data);
  const staticBrief = await writeStaticBrief(
    bare.browser,
    preview,
    reference.sectionPages,
    path.join(dir, 'static'),
  );
  const html = staticBrief.html;
  await barePdf(bare.browser, html, path.join(dir, 'bare.pdf'));
  const weasyprint = await startWeasyprint();
  const failures = {};
  if (weasyprint === null) failures.weasyprintWarm = 'WeasyPrint: not installed (Debian: weasyprint)';
  else {
    const first = await weasyprint.render(html, path.join(dir, 'weasyprint-warm.pdf'));
    if (!first.ok) failures.weasyprintWarm = first.failure;
  }
  // A Chromium command line that failed (or hung) on the first brief is not tried on the next.
  if (cliFailure) failures.cli = `${cliFailure} (on the English brief; not tried again)`;

  const samples = {
    twoPass: [],
    cached: [],
    bare: [],
    barePrint: [],
    cold: [],
    cli: [],
    weasyprint: [],
    weasyprintWarm: [],
    wkhtmltopdf: [],
  };
  const stepTimes = { twoPass: [], cached: [] };
  const warnings = {};
  let lastTwoPass;
  /** How many times each first render printed its page (1: the contents from the layout held). */
  const prints = [];
  for (let round = 0; round < rounds; round++) {
    log(`${lang}: round ${round + 1} of ${rounds}`);
    loads.push(os.loadavg()[0]);
    const twoPass = await timedRender(lang, true);
    samples.twoPass.push(twoPass.ms);
    stepTimes.twoPass.push(twoPass.brief.timings);
    lastTwoPass = twoPass.brief;
    prints.push(twoPass.brief.prints);
    const cached = await timedRender(lang, false);
    samples.cached.push(cached.ms);
    stepTimes.cached.push(cached.brief.timings);
    const limit = await barePdf(bare.browser, html, path.join(dir, 'bare.pdf'));
    samples.bare.push(limit.ms);
    samples.barePrint.push(limit.printMs);
    if (!failures.weasyprintWarm) {
      const warmRun = await weasyprint.render(html, path.join(dir, 'weasyprint-warm.pdf'));
      if (warmRun.ok) samples.weasyprintWarm.push(warmRun.ms);
      else failures.weasyprintWarm = warmRun.failure;
    }
    if (round >= toolRounds) continue;
    const tools = {
      cold: () => coldChromiumPdf(executablePath, html, path.join(dir, 'chromium-cold.pdf')),
      cli: () => chromiumCli(executablePath, html, path.join(dir, 'chromium-cli.pdf'), cliTimeoutMs),
      weasyprint: () => weasyprintCli(html, path.join(dir, 'weasyprint.pdf'), 600_000),
      wkhtmltopdf: () => wkhtmltopdf(html, path.join(dir, 'wkhtmltopdf.pdf'), 600_000),
    };
    for (const [name, run] of Object.entries(tools)) {
      if (failures[name]) continue; // a tool that failed once is not tried again
      const result = await run();
      if (result.ok) {
        samples[name].push(result.ms);
        if (result.warnings) warnings[name] = result.warnings;
      } else failures[name] = result.failure;
    }
  }
  await weasyprint?.close();
  cliFailure ??= failures.cli ?? null;
  await writeFile(path.join(dir, 'renderer.pdf'), lastTwoPass.pdf);

  const files = {
    twoPass: 'renderer.pdf',
    cached: 'renderer-contents-cached.pdf',
    bare: 'bare.pdf',
    cold: 'chromium-cold.pdf',
    cli: 'chromium-cli.pdf',
    weasyprint: 'weasyprint.pdf',
    weasyprintWarm: 'weasyprint-warm.pdf',
    wkhtmltopdf: 'wkhtmltopdf.pdf',
  };
  const checks = {};
  for (const [name, file] of Object.entries(files)) {
    if (!failures[name] && samples[name]?.length) checks[name] = await checkPdf(path.join(dir, file));
  }
  return { lang, staticBrief, samples, stepTimes, prints, failures, warnings, checks };
}

/** Renders `total` briefs, two at a time (the renderer's default concurrency), sampling memory as it goes. */
async function memoryRun(total) {
  clock.advancing = true;
  const samples = [];
  const sample = async (renders) => {
    loads.push(os.loadavg()[0]);
    globalThis.gc?.();
    samples.push({ renders, ...(await treeMemory()) });
  };
  await sample(0);
  let next = 0;
  let done = 0;
  const launchesBefore = renderer.stats().launches;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const lang = LANGS[next++ % LANGS.length];
      await renderer.render(request(lang), briefData.data);
      done++;
      if (done % sampleEvery === 0) {
        log(`memory: ${done} of ${total} renders`);
        await sample(done);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  const seconds = (performance.now() - started) / 1000;
  return { samples, seconds, total, launches: renderer.stats().launches - launchesBefore };
}

const results = [];
let memory;
try {
  for (const lang of LANGS) results.push(await measure(lang));
  versions.chromium = await bare.browser.version();
  await bare.close();
  bare = null;
  log(`memory: ${memoryRenders} consecutive renders`);
  memory = await memoryRun(memoryRenders);
} finally {
  await bare?.close();
  await renderer.close();
  await briefData.close();
  if (values.keep) {
    await mkdir(values.keep, { recursive: true });
    // Only the languages measured so far: a run that failed keeps what it made, and its error is the one shown.
    for (const lang of LANGS.filter((_, index) => index < results.length + 1))
      await cp(path.join(work, lang), path.join(values.keep, lang), { recursive: true }).catch(
        () => undefined,
      );
  }
  await rm(work, { recursive: true, force: true });
}
versions.weasyprint = await versionOf('weasyprint', ['--version']);
versions.wkhtmltopdf = await versionOf('wkhtmltopdf', ['--version']);
versions.poppler = await versionOf('pdfinfo', ['-v']);
const loadAfter = os.loadavg();

// ---- report ----
const cpus = os.cpus();
console.log(
  `\nMachine: ${cpus.length} cores, ${cpus[0]?.model ?? 'unknown CPU'}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB, ` +
    `${os.type()} ${os.release()}; Node ${process.version}, Chromium ${versions.chromium}, ${versions.weasyprint}, ` +
    `${versions.wkhtmltopdf}, ${versions.poppler}. Load average (1, 5, 15 min) ${loadBefore.map((n) => fmt(n, 2)).join(', ')} ` +
    `before, ${loadAfter.map((n) => fmt(n, 2)).join(', ')} after, ${fmt(Math.min(...loads), 2)}–${fmt(Math.max(...loads), 2)} ` +
    `(1 min) while it ran. ${rounds} rounds per language, the other tools in ` +
    `${toolRounds} of them.\n`,
);

const LABELS = {
  twoPass: 'brief renderer, end to end, first render',
  cached: 'brief renderer, end to end, contents known',
  bare: 'bare warm `page.pdf` of the static HTML (the limit)',
  cli: '`chromium --headless --print-to-pdf`',
  cold: 'Chromium started per PDF (Puppeteer: launch, load, `page.pdf`, close)',
  weasyprint: '`weasyprint` command',
  weasyprintWarm: 'WeasyPrint warm (one Python process)',
  wkhtmltopdf: '`wkhtmltopdf` command',
};

const goals = [];
for (const { lang, staticBrief, samples, stepTimes, prints, failures, warnings, checks } of results) {
  const limit = median(samples.bare);
  console.log(
    `\n### ${lang === 'en' ? 'English' : 'Chinese'} (overview, A4)\n\nThe static HTML: ${staticBrief.widgets} charts ` +
      `flattened (${staticBrief.elements} elements, ${staticBrief.unmatched} style values left unmatched).\n`,
  );
  console.log(
    '| renderer | runs | median ms | p90 ms | briefs/min | median ÷ limit | pages | fonts | Type 3 | Han characters in its text |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, label] of Object.entries(LABELS)) {
    const runs = samples[name] ?? [];
    const check = checks[name];
    if (runs.length === 0) {
      const state = /not installed/.test(failures[name] ?? '') ? 'missing' : 'failed';
      console.log(`| ${label} | 0 | ${state}: ${failures[name] ?? 'not run'} |||||||| `);
      continue;
    }
    const note = name === 'bare' ? ` (page.pdf alone ${fmt(median(samples.barePrint))})` : '';
    console.log(
      `| ${label} | ${runs.length} | ${fmt(median(runs))}${note} | ${fmt(quantile(runs, 0.9))} | ` +
        `${fmt(60_000 / mean(runs), 1)} | ${fmt(median(runs) / limit, 2)} | ${check?.pages ?? '–'} | ` +
        `${check?.fonts ?? '–'} | ${check?.type3 ?? '–'} | ${check?.han ?? '–'} |`,
    );
  }
  for (const [name, kinds] of Object.entries(warnings)) {
    const total = kinds.reduce((sum, [, count]) => sum + count, 0);
    const top = kinds
      .slice(0, 6)
      .map(([kind, count]) => `${count}× ${kind}`)
      .join('; ');
    console.log(`\n${LABELS[name]}: ${total} warnings per run, most: ${top}`);
  }
  console.log('\nRenderer steps, mean ms per render:\n');
  console.log(`| renders | ${BRIEF_STEPS.join(' | ')} | sum of steps |`);
  console.log(`|---|${BRIEF_STEPS.map(() => '---:').join('|')}|---:|`);
  for (const [name, list] of Object.entries(stepTimes)) {
    const means = BRIEF_STEPS.map((step) => mean(list.map((timings) => timings[step] ?? 0)));
    console.log(
      `| ${name === 'twoPass' ? 'first render' : 'contents known'} | ${means.map((n) => fmt(n)).join(' | ')} | ` +
        `${fmt(means.reduce((a, b) => a + b, 0))} |`,
    );
  }
  // A renderer from before decision 28 does not count its prints.
  if (prints.every((count) => count !== undefined)) {
    console.log(
      `\nFirst renders printed once (the contents' pages from the layout held in the PDF): ` +
        `${prints.filter((count) => count === 1).length} of ${prints.length}.`,
    );
  }
  const throughput = 60_000 / mean(samples.twoPass);
  const weasyprintBest = Math.max(
    samples.weasyprint.length ? 60_000 / mean(samples.weasyprint) : 0,
    samples.weasyprintWarm?.length ? 60_000 / mean(samples.weasyprintWarm) : 0,
  );
  goals.push({
    lang,
    ratio: median(samples.twoPass) / limit,
    throughputRatio: weasyprintBest > 0 ? throughput / weasyprintBest : NaN,
    type3: checks.twoPass?.type3 ?? NaN,
  });
}

const { samples: memorySamples, seconds, total, launches } = memory;
console.log(
  `\n### Memory over ${total} consecutive renders\n\nOverview briefs, English and Chinese in turn, each with ` +
    `another date (both passes), two at a time (the renderer's default concurrency), the browser replaced ` +
    `every 50 renders (its default): ${launches} launches, ${fmt(seconds, 1)} s, ${fmt((total / seconds) * 60, 1)} ` +
    `briefs/min. MiB; PSS shares out the pages processes share, RSS counts them in each.\n`,
);
console.log(
  '| renders | Node RSS | Node heap used | Chromium processes | Chromium RSS | Chromium PSS | Node + Chromium PSS |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|');
const totalPss = (s) => s.node.pss + s.chromium.pss;
for (const s of memorySamples) {
  console.log(
    `| ${s.renders} | ${fmt(mib(s.node.rss))} | ${fmt(mib(s.heapUsed))} | ${s.processes} | ${fmt(mib(s.chromium.rss))} | ` +
      `${fmt(mib(s.chromium.pss))} | ${fmt(mib(totalPss(s)))} |`,
  );
}
const third = Math.max(1, Math.floor(memorySamples.length / 3));
const first = memorySamples.slice(1, 1 + third);
const last = memorySamples.slice(-third);
const growth = mean(last.map(totalPss)) / mean(first.map(totalPss));
const heapGrowth = mean(last.map((s) => s.heapUsed)) / mean(first.map((s) => s.heapUsed));
const perHundred = (pick) =>
  slope(
    memorySamples.map((s) => s.renders),
    memorySamples.map((s) => mib(pick(s))),
  ) * 100;
console.log(
  `\nSlope (least squares over all samples): Node + Chromium PSS ${fmt(perHundred(totalPss), 1)} MiB per 100 renders, ` +
    `Node heap ${fmt(
      perHundred((s) => s.heapUsed),
      1,
    )} MiB per 100 renders. Last third ÷ first third: PSS ` +
    `${fmt(growth, 2)}, Node heap ${fmt(heapGrowth, 2)}.`,
);

console.log('\n### Goals\n');
console.log('| goal | en | zh |');
console.log('|---|---|---|');
const row = (label, pick) => console.log(`| ${label} | ${goals.map(pick).join(' | ')} |`);
row(
  `end to end, first render ≤ ${GOALS.bareRatio}× the bare page.pdf`,
  (g) => `${verdict(g.ratio <= GOALS.bareRatio)} (${fmt(g.ratio, 2)}×)`,
);
row(`throughput ≥ ${GOALS.weasyprintThroughput}× WeasyPrint's (its faster form)`, (g) =>
  Number.isFinite(g.throughputRatio)
    ? `${verdict(g.throughputRatio >= GOALS.weasyprintThroughput)} (${fmt(g.throughputRatio, 1)}×)`
    : 'not measured: WeasyPrint missing (Debian: weasyprint)',
);
row('no Type 3 fonts', (g) => `${verdict(g.type3 === 0)} (${g.type3})`);
const flat = growth <= GOALS.memoryGrowth && heapGrowth <= GOALS.memoryGrowth;
console.log(
  `| flat memory over ${total} renders (last third ≤ ${GOALS.memoryGrowth}× the first, Node + Chromium PSS and Node heap) | ` +
    `${verdict(flat)} (${fmt(growth, 2)}, ${fmt(heapGrowth, 2)}) ||`,
);
