import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../run.js';

/** The project folder, where data/ is. */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `sco` in-process with its own environment, capturing what it prints. */
export async function runCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd = rootDir,
): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    rootDir,
    cwd,
    interactive: false,
  });
  return { code, stdout, stderr };
}
