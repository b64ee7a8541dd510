import fc from 'fast-check';
import { testDatabases } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFuzzed } from './fuzz-client.js';
import { openFuzzApp, type FuzzApp } from './fuzz-app.js';
import { judge } from './fuzz-oracle.js';
import { requestArbitrary } from './fuzz-request.js';
import type { JsonSchema } from './fuzz-document.js';
import { requestBodySeeds } from './request-body-seeds.js';
import { servedOperations } from './served-operations.js';

/** Cases per operation: at least 1,000 on SQLite and 200 on PostgreSQL (a slower round trip). */
const RUNS = { sqlite: 1000, postgres: 200 } as const;

/**
 * Property-based fuzzing of every operation of the OpenAPI document the app serves, generated from the
 * document: its paths, parameters, request bodies and security, with hostile values mixed into valid ones
 * (see hostile-values.ts), sent over real HTTP to one app per engine. Every answer must be below 500, a status
 * the operation declares (or a generic one of the document), problem details when ≥ 400, and valid against
 * the operation's response schema (Ajv, JSON Schema 2020-12) when declared. A failure prints fast-check's
 * seed and path: pass them back as `{ seed, path }` in the parameters of `fc.assert` to replay it.
 */
const databases = await testDatabases();
const [first] = databases;
if (!first) throw new Error('no database engine to fuzz on');
const operations = await servedOperations(first);

describe.each(databases)('fuzzing every operation of the OpenAPI document on $dialect', (database) => {
  let app: FuzzApp;

  beforeAll(async () => {
    app = await openFuzzApp(database);
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 120_000);

  it.each(operations)(
    '$operationId ($method $path) answers every fuzzed request as documented',
    async ({ operationId }) => {
      const operation = app.document.operations.find((o) => o.operationId === operationId);
      if (!operation) throw new Error(`the served document lost ${operationId}`);
      const seeds = Object.values(operation.bodies).flatMap((schema: JsonSchema) => requestBodySeeds(schema));
      const arbitrary = requestArbitrary(
        operation,
        { resolve: app.document.resolve, known: app.known },
        app.keys,
        seeds,
      );
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(arbitrary, async (fuzzed) => {
          const response = await sendFuzzed(app.origin, app.agent, fuzzed, `Bearer ${app.keys.editor}`);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const problems = judge(app.validator, operation, response);
          if (problems.length > 0) {
            throw new Error(
              `${fuzzed.method} ${fuzzed.path} ${JSON.stringify(fuzzed.headers)} ${fuzzed.body?.toString('utf8').slice(0, 200) ?? ''}\n${problems.join('\n')}`,
            );
          }
        }),
        { numRuns: RUNS[database.dialect] },
      );
      expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(
        RUNS[database.dialect],
      );
    },
    900_000,
  );
});
