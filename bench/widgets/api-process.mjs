// Starts api-server.mjs (the Observatory's API for this benchmark) in a process of its own on 127.0.0.1; its
// request log is discarded.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../free-port.mjs';

const server = path.join(path.dirname(fileURLToPath(import.meta.url)), 'api-server.mjs');

export async function startApi(stateDir) {
  const port = await freePort();
  const child = fork(server, [String(port), stateDir], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the API exited with ${code}`);
  });
  exited.catch(() => {});
  await Promise.race([once(child, 'message'), exited]);
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      const stopped = once(child, 'exit');
      child.kill('SIGTERM');
      await stopped;
    },
  };
}
