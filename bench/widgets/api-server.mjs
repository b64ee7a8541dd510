// The Observatory's API for the widgets benchmark, in a process of its own (api-process.mjs forks it):
//   node bench/widgets/api-server.mjs <port> <state-dir>
// As main.ts builds it — SQLite with data/ loaded, every middleware, the latest release trusted 1 s — except
// the limit on indicator reads per address, which the benchmark's hundreds of page loads from one address
// would reach (a reader's page makes a few). Its request log goes to stdout, which the parent discards.
// Tells its parent "ready" once it listens on 127.0.0.1, and stops on SIGTERM.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap, createApp, createLogger } from '@sco/api';
import { loadConfig } from '@sco/config';
import { createDb } from '@sco/db';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [portText, stateDir] = process.argv.slice(2);
const logger = createLogger({ buffered: true });
const config = loadConfig({ SCO_STATE_DIR: stateDir ?? '', PORT: portText ?? '' }, rootDir);
await mkdir(config.stateDir, { recursive: true });
const db = createDb(config.database);
await bootstrap(db, config.dataDir, logger);
const app = createApp(
  { db, config, logger, now: () => new Date() },
  { latestReleaseTtlMs: 1000, rateLimits: { expensiveReads: Number.MAX_SAFE_INTEGER } },
);
const server = app.listen(config.port, '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => {
  server.close(() => void db.close().then(() => process.exit(0)));
  server.closeAllConnections();
});
