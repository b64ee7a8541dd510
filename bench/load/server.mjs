// The API as the load benchmark runs it, in a process of its own (run.mjs forks it):
//   node bench/load/server.mjs <port> <state-dir> [--database-url <postgres url>] [--production-limits]
// As main.ts builds it (request log at level info to stdout, which run.mjs discards; response cache; the
// latest release trusted 1 s), on SQLite with data/ loaded, or on the PostgreSQL database given. The rate
// limits are lifted unless --production-limits: the benchmark is one address playing many readers, and a
// per-address limit would turn most of its exports and citations into 429s. It creates an editor key and
// tells its parent { ready: true, key } once it listens on 127.0.0.1; it stops on SIGTERM.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bootstrap, createApp, createLogger } from '@sco/api';
import { loadConfig } from '@sco/config';
import { createApiKey, createDb } from '@sco/db';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    'database-url': { type: 'string' },
    'production-limits': { type: 'boolean', default: false },
  },
});
const [portText, stateDir] = positionals;
const port = Number(portText);

const logger = createLogger({ buffered: true });
const config = loadConfig(
  { SCO_STATE_DIR: stateDir ?? '', PORT: String(port), SCO_DATABASE_URL: values['database-url'] ?? '' },
  rootDir,
);
await mkdir(config.stateDir, { recursive: true });
const db = createDb(config.database);
await bootstrap(db, config.dataDir, logger);
const { token } = await createApiKey(db.db, {
  name: 'Load benchmark',
  role: 'editor',
  actor: 'bench',
  now: new Date(),
});
const lifted = { writes: 1_000_000, expensiveReads: 1_000_000, briefs: 1_000_000 };
const app = createApp(
  { db, config, logger, now: () => new Date() },
  { latestReleaseTtlMs: 1000, ...(values['production-limits'] ? {} : { rateLimits: lifted }) },
);
const server = app.listen(port, '127.0.0.1', () => process.send?.({ ready: true, key: token }));
process.on('SIGTERM', () => {
  server.close(() => void db.close().then(() => process.exit(0)));
  server.closeAllConnections();
});
