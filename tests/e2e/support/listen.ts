import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server listening on a loopback port of its own, reached at `origin`. */
export interface RunningServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1, on a port the system chooses: each server is an origin of its own. */
export async function listen(handler: RequestListener): Promise<RunningServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
