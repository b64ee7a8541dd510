import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a server (PostgreSQL): what processes see of the database when the
 * network between them is cut. `cut()` destroys every connection under way and refuses new ones (closed at
 * once, as a server that is not there); `restore()` lets them through again.
 */
export interface TcpProxy {
  readonly port: number;
  /** Connections relayed now. */
  readonly open: number;
  /** Connections destroyed by cut() so far. */
  readonly cutCount: number;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<{ client: Socket; upstream: Socket }>();
  let down = false;
  let cutCount = 0;
  const server: Server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = createConnection(target);
    const pair = { client, upstream };
    pairs.add(pair);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no port');
  return {
    port: address.port,
    get open() {
      return pairs.size;
    },
    get cutCount() {
      return cutCount;
    },
    cut() {
      down = true;
      for (const { client, upstream } of pairs) {
        // A reset, as when a server restarts or a link drops: not a polite end of the session.
        client.resetAndDestroy();
        upstream.destroy();
        cutCount += 1;
      }
      pairs.clear();
    },
    restore() {
      down = false;
    },
    close: async () => {
      down = true;
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
      pairs.clear();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}

/** The same database URL, through the proxy. */
export function throughProxy(url: string, proxy: TcpProxy): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(proxy.port);
  return parsed.toString();
}
