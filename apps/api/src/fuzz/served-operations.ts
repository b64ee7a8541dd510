import { loadConfig } from '@sco/config';
import { openTestDb, type TestDatabase } from '@sco/db/testing';
import { pino } from 'pino';
import request from 'supertest';
import { createApp } from '../app.js';
import { rootDir } from '../test-support/test-app.js';
import { readFuzzDocument, type FuzzOperation } from './fuzz-document.js';

/** The operations of the OpenAPI document an app serves (over an empty database, dropped afterwards). */
export async function servedOperations(database: TestDatabase): Promise<readonly FuzzOperation[]> {
  const db = await openTestDb(database);
  try {
    const app = createApp({
      db,
      config: loadConfig({}, rootDir),
      logger: pino({ level: 'silent' }),
      now: () => new Date(),
    });
    const response = await request(app).get('/openapi.json').expect(200);
    return readFuzzDocument(response.body).operations;
  } finally {
    await db.dispose();
  }
}
