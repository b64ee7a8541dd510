// The command line of the benchmarks that compare two builds of the widgets taking turns (compare.mjs,
// render-compare.mjs): --before <dist folder> (required), --after <dist folder> (default: @sco/widgets' own
// build), --runs (31), --warmup (2), --scenarios (compare.mjs: widgets' tags and `all`, comma-separated).
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** The two builds' folders and the counts of runs, or exits with 2 and a message when --before is missing. */
export function twoBuildsFromArgs() {
  const { values } = parseArgs({
    options: {
      before: { type: 'string' },
      after: { type: 'string' },
      runs: { type: 'string', default: '31' },
      warmup: { type: 'string', default: '2' },
      scenarios: { type: 'string' },
    },
  });
  if (!values.before) {
    console.error('--before <dist folder> is required: the build to compare with');
    process.exit(2);
  }
  return {
    builds: {
      before: path.resolve(values.before),
      after: values.after
        ? path.resolve(values.after)
        : path.dirname(createRequire(import.meta.url).resolve('@sco/widgets/manifest.json')),
    },
    runs: Number(values.runs),
    warmup: Number(values.warmup),
    scenarios: values.scenarios?.split(','),
  };
}
