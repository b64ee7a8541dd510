// The servers the API benchmark loads, each in a process of its own (the load generator has the other core):
//   node api/servers.mjs api <port> <state-dir> [--no-cache]   the Observatory's API on SQLite, data/ loaded
//   node api/servers.mjs constant <port> <bytes>             Express 5 answering one constant JSON body (the floor)
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { pino } from 'pino';
import { bootstrap, createApp } from '@sco/api';
import { loadConfig } from '@sco/config';
import { createDb } from '@sco/db';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [kind, portText, third, flag] = process.argv.slice(2);
const port = Number(portText);
const logger = pino({ level: 'warn' });

if (kind === 'api') {
  const stateDir = third ?? '';
  const config = loadConfig({ SCO_STATE_DIR: stateDir, PORT: String(port) }, rootDir);
  await mkdir(config.stateDir, { recursive: true });
  const db = createDb(config.database);
  await bootstrap(db, config.dataDir, logger);
  const app = createApp(
    { db, config, logger, now: () => new Date() },
    { responseCache: flag !== '--no-cache' },
  );
  app.listen(port, '127.0.0.1', () => process.send?.('ready'));
} else if (kind === 'constant') {
  const bytes = Number(third);
  const body = JSON.stringify({ items: 'x'.repeat(Math.max(0, bytes - 14)) });
  const app = express();
  app.disable('x-powered-by');
  app.get('/constant', (_req, res) => {
    res.json(JSON.parse(body));
  });
  app.listen(port, '127.0.0.1', () => process.send?.('ready'));
} else {
  console.error(`unknown server kind ${kind}`);
  process.exit(2);
}
