import { Agent } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestDatabase } from '@sco/db/testing';
import { createTestKeys, type TestKeys } from '../auth/test-support/test-keys.js';
import { testBriefJobs } from '../briefs/test-support/brief-test-app.js';
import { ResponseValidator } from '../contract/test-support/response-validator.js';
import { createHttpServer } from '../http/client-errors.js';
import { openTestApp } from '../test-support/test-app.js';
import { send } from './fuzz-client.js';
import { readFuzzDocument, type FuzzDocument } from './fuzz-document.js';
import type { KnownValues } from './schema-values.js';

/** Limits no fuzz run reaches: the limiter is exercised by its own tests, and 429 stays a documented status. */
const UNLIMITED = { writes: 1e9, expensiveReads: 1e9, briefs: 1e9 };

export interface FuzzApp {
  readonly origin: URL;
  readonly agent: Agent;
  readonly keys: TestKeys;
  readonly document: FuzzDocument;
  readonly validator: ResponseValidator;
  readonly known: KnownValues;
  close(): Promise<void>;
}

/** Collects, by key, the strings a JSON value holds (at most 12 distinct ones per key). */
function collect(value: unknown, into: Map<string, Set<string>>, prefix: string, key: string): void {
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 12)) collect(item, into, prefix, key);
  } else if (typeof value === 'object' && value !== null) {
    for (const [inner, innerValue] of Object.entries(value)) collect(innerValue, into, prefix, inner);
  } else if (typeof value === 'string' && key !== '' && value.length < 200) {
    const set = into.get(prefix + key) ?? new Set<string>();
    if (set.size < 12) set.add(value);
    into.set(prefix + key, set);
  }
}

/**
 * The app on a real HTTP server on 127.0.0.1 over a database of its own (thrown away on close), brief jobs
 * in a temporary state folder, and the values its data holds: every parameterless GET of the document is
 * read once (as an editor), and for each path parameter the list it belongs to gives the ids that exist.
 */
export async function openFuzzApp(database: TestDatabase): Promise<FuzzApp> {
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'sco-api-fuzz-'));
  const briefs = testBriefJobs(stateDir, { concurrency: 1, queueSize: 1 });
  const t = await openTestApp(database, { rateLimits: UNLIMITED }, { briefs });
  const keys = await createTestKeys(t.db);
  const server = createHttpServer(t.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const editor = { Authorization: `Bearer ${keys.editor}`, Accept: 'application/json' };
  const raw = JSON.parse(
    (await send(origin, agent, 'GET', '/openapi.json', {}, null)).body.toString('utf8'),
  ) as unknown;
  const document = readFuzzDocument(raw);
  const found = new Map<string, Set<string>>();
  for (const operation of document.operations) {
    if (operation.method !== 'GET' || !operation.produces.includes('application/json')) continue;
    const template = /^(.*)\/\{([^}]+)\}/.exec(operation.path);
    const listPath = template?.[1] ?? operation.path;
    if (listPath.includes('{')) continue;
    const response = await send(origin, agent, 'GET', listPath, editor, null);
    if (response.status !== 200) continue;
    const body = JSON.parse(response.body.toString('utf8')) as unknown;
    collect(body, found, '', '');
    const name = template?.[2];
    if (name !== undefined) {
      const ids = new Map<string, Set<string>>();
      collect(body, ids, '', '');
      const values = ids.get(name) ?? ids.get('id') ?? ids.get('code') ?? new Set<string>();
      found.set(`${operation.path}#${name}`, values);
    }
  }
  found.set('key', new Set([keys.editor, keys.revoked]));
  const known = new Map([...found].map(([key, values]) => [key, [...values]] as const));
  return {
    origin,
    agent,
    keys,
    document,
    validator: new ResponseValidator(raw),
    known,
    close: async () => {
      agent.destroy();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      });
      await briefs.close();
      await t.dispose();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}
