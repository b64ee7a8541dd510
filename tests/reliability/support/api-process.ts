import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const MAIN = path.join(rootDir, 'apps', 'api', 'dist', 'main.js');

/** `pnpm start`'s server (apps/api/dist/main.js) as a real OS process, on a fresh SQLite state folder. */
export interface ApiProcess {
  readonly child: ChildProcess;
  readonly origin: string;
  /** The JSON log lines written so far. */
  readonly logs: Record<string, unknown>[];
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  dispose(): Promise<void>;
}

export async function startApiProcess(env: Readonly<Record<string, string>> = {}): Promise<ApiProcess> {
  const stateDir = await mkdtemp(path.join(tmpdir(), 'sco-process-'));
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: rootDir,
    env: { SCO_STATE_DIR: stateDir, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let pending = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') logs.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      resolve(code);
    });
  });
  const ready = new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (logs.some((line) => String(line['msg']).startsWith('listening on'))) {
        clearInterval(poll);
        resolve();
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(poll);
      reject(new Error(`the API exited (${code}) before listening:\n${stderr}\n${JSON.stringify(logs)}`));
    });
  });
  await ready;
  return {
    child,
    origin: `http://127.0.0.1:${port}`,
    logs,
    exited,
    dispose: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}
