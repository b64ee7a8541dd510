import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CLI = path.join(rootDir, 'apps', 'cli', 'dist', 'main.js');

/** `sco worker` as a real OS process. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  /** The JSON log lines written so far. */
  readonly logs: Record<string, unknown>[];
  readonly exited: Promise<number | null>;
  dispose(): Promise<void>;
}

export async function startWorkerProcess(env: Readonly<Record<string, string>>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [CLI, 'worker', '--concurrency', '1'], {
    cwd: rootDir,
    env: { ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let pending = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines)
      if (line.startsWith('{')) logs.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', resolve);
  });
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (logs.some((line) => line['msg'] === 'worker ready')) {
        clearInterval(poll);
        resolve();
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(poll);
      reject(new Error(`the worker exited (${code}) before it was ready:\n${stderr}`));
    });
  });
  return {
    child,
    logs,
    exited,
    dispose: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
