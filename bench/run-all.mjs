// Runs every benchmark, one after the other, and writes one Markdown summary: the machine, then for each
// bench its command, time, exit code and goals met or missed, and what it printed (its own Markdown).
//   node bench/run-all.mjs [--only api,load,widgets,briefs,scale,processes,compared,tallies] [--quick] [--out bench/summary.md]
//                          [--limit 600]
// --quick: shorter settings for each (a smoke run); --limit: seconds a bench may run before it is stopped
// (its process group: the servers and browsers it started too) and reported as over the limit.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearTimeout, setTimeout } from 'node:timers';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'api,load,widgets,briefs,scale,processes,compared,tallies' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(here, 'summary.md') },
    limit: { type: 'string', default: '600' },
  },
});
const limitSeconds = Number(values.limit);

/** Each bench: its script, node flags, and the arguments of a quick run. */
const BENCHES = {
  api: { script: 'api/run.mjs', quick: ['--duration', '10', '--rounds', '2', '--warmup', '1'] },
  load: { script: 'load/run.mjs', quick: ['--duration', '15', '--floor-duration', '5'] },
  widgets: { script: 'widgets/run.mjs', quick: ['--runs', '5', '--warmup', '1'] },
  briefs: {
    script: 'briefs/run.mjs',
    node: ['--expose-gc'],
    quick: ['--rounds', '2', '--tool-rounds', '1', '--memory-renders', '20', '--sample-every', '5'],
  },
  scale: {
    script: 'scale/run.mjs',
    node: ['--expose-gc'],
    quick: ['--sizes', '137,10000', '--runs', '5'],
  },
  processes: { script: 'scale/processes.mjs', quick: ['--duration', '5', '--rounds', '1'] },
  compared: {
    script: 'scale/compared-release.mjs',
    node: ['--expose-gc'],
    quick: ['--sizes', '10000', '--rounds', '1'],
  },
  tallies: { script: 'scale/tally-coverage.mjs', quick: ['--sizes', '10000', '--rounds', '1'] },
};

async function runBench(name) {
  const bench = BENCHES[name];
  if (!bench) throw new Error(`unknown bench ${name}; expected one of ${Object.keys(BENCHES).join(', ')}`);
  const args = [...(bench.node ?? []), path.join(here, bench.script), ...(values.quick ? bench.quick : [])];
  const started = Date.now();
  console.error(`\n== ${name}: node ${args.map((a) => path.relative(process.cwd(), a) || a).join(' ')}`);
  // A process group of its own, so that stopping it stops the servers and browsers it started.
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    process.stdout.write(chunk);
  });
  let overLimit = false;
  const timer = setTimeout(() => {
    overLimit = true;
    process.kill(-child.pid, 'SIGTERM');
    setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 10_000).unref();
  }, limitSeconds * 1000);
  const [code, signal] = await once(child, 'close');
  clearTimeout(timer);
  const seconds = (Date.now() - started) / 1000;
  const met = stdout.match(/(?<![\w*])met\b/g)?.length ?? 0;
  const missed = stdout.match(/\bmissed\b/g)?.length ?? 0;
  return { name, args, code, signal, seconds, overLimit, stdout, met, missed };
}

const results = [];
for (const name of values.only.split(',').filter(Boolean)) results.push(await runBench(name));

const cpus = os.cpus();
const lines = [
  `# Benchmarks, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `${cpus.length} cores, ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
    `Node ${process.version}, ${os.type()} ${os.release()}; load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')} at the end; ${values.quick ? 'quick settings (--quick)' : 'default settings'}.`,
  '',
  '| bench | time | exit | goals met | goals missed | within 10 min |',
  '|---|---:|---:|---:|---:|---|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${r.seconds.toFixed(0)} s | ${r.code ?? r.signal} | ${r.met} | ${r.missed} | ` +
      `${r.overLimit ? `**no**: stopped after ${limitSeconds} s` : r.seconds <= 600 ? 'yes' : '**no**'} |`,
  ),
];
for (const r of results) {
  lines.push(
    '',
    `## ${r.name}`,
    '',
    '```sh',
    `node ${r.args.map((a) => path.relative(process.cwd(), a) || a).join(' ')}`,
    '```',
    '',
    r.stdout.trim(),
  );
}
await writeFile(values.out, `${lines.join('\n')}\n`);
console.error(`\nwrote ${values.out}`);
process.exitCode = results.every((r) => r.code === 0) ? 0 : 1;
