// The servers the API benchmark loads, each in a process of its own (run.mjs forks them):
//   node bench/api/servers.mjs api <port> <state-dir> [--no-cache] [--latest-release-ttl <ms>] [--database-url <url>]
//       the Observatory's API as main.ts builds it (latest release trusted 1 s), on SQLite in <state-dir> or
//       on PostgreSQL at <url>, with data/ loaded unless the database already holds data
//   node bench/api/servers.mjs constant <port> <bytes>
//       Express 5 answering one constant JSON body of <bytes> bytes: the framework's floor
//   node bench/api/servers.mjs raw <port> <bytes>
//       node:http writing the same body, serialised once: the floor of a cached read (no framework at all)
// Each tells its parent "ready" once it listens on 127.0.0.1, and stops on SIGTERM.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import express from 'express';
import { bootstrap, createApp, createLogger } from '@sco/api';
import { loadConfig } from '@sco/config';
import { createDb } from '@sco/db';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [kind, portText, third, ...flags] = process.argv.slice(2);
const port = Number(portText);

/** `{"items":"xxx…"}`, exactly `bytes` bytes long once serialised. */
function constantBody(bytes) {
  const overhead = JSON.stringify({ items: '' }).length;
  return { items: 'x'.repeat(Math.max(0, bytes - overhead)) };
}

function listen(app, close) {
  const server = app.listen(port, '127.0.0.1', () => process.send?.('ready'));
  process.on('SIGTERM', () => {
    server.close(() => void close().then(() => process.exit(0)));
    server.closeAllConnections();
  });
}

if (kind === 'api') {
  // As in production (main.ts): the request log at level info, to this process's stdout through its buffer
  // (run.mjs discards it).
  const logger = createLogger({ buffered: true });
  const url = flags.indexOf('--database-url');
  const config = loadConfig(
    {
      SCO_STATE_DIR: third ?? '',
      PORT: String(port),
      ...(url >= 0 ? { SCO_DATABASE_URL: flags[url + 1] } : {}),
    },
    rootDir,
  );
  await mkdir(config.stateDir, { recursive: true });
  const db = createDb(config.database);
  await bootstrap(db, config.dataDir, logger);
  const ttl = flags.indexOf('--latest-release-ttl');
  const app = createApp(
    { db, config, logger, now: () => new Date() },
    {
      responseCache: !flags.includes('--no-cache'),
      latestReleaseTtlMs: ttl >= 0 ? Number(flags[ttl + 1]) : 1000,
    },
  );
  listen(app, () => db.close());
} else if (kind === 'constant') {
  const body = constantBody(Number(third));
  const app = express();
  // The least Express does for a JSON response: no generated ETag (the API computes its own), no X-Powered-By.
  app.disable('x-powered-by');
  app.set('etag', false);
  app.get('/constant', (_req, res) => {
    res.json(body);
  });
  listen(app, async () => {});
} else if (kind === 'raw') {
  const bytes = Buffer.from(JSON.stringify(constantBody(Number(third))));
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(bytes.length),
  };
  listen(
    {
      listen: (...args) =>
        createServer((req, res) => {
          if (req.url === '/constant') res.writeHead(200, headers).end(bytes);
          else res.writeHead(404).end();
        }).listen(...args),
    },
    async () => {},
  );
} else {
  console.error(`unknown server kind ${kind}; expected api, constant or raw`);
  process.exit(2);
}
