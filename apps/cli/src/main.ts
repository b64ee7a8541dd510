#!/usr/bin/env node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.js';

// apps/cli/dist/main.js → the project folder three levels up.
const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  rootDir,
  cwd: process.env.INIT_CWD ?? process.cwd(),
  interactive: process.stderr.isTTY,
});
process.exitCode = exitCode;
