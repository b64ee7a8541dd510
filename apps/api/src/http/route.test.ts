import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { z } from '../openapi/zod.js';
import { ApiRegistry } from '../openapi/registry.js';
import { errorHandler } from './error-handler.js';
import { route } from './route.js';
import { pino } from 'pino';

function appWithRoute(handle: (query: { limit: number; tags: string[] }) => unknown) {
  const router = express.Router();
  route(router, new ApiRegistry(), {
    method: 'get',
    path: '/items',
    operationId: 'items',
    summary: 'Items',
    tags: ['test'],
    query: z.strictObject({
      limit: z.coerce.number().int().min(1).default(10),
      tags: z
        .string()
        .default('')
        .transform((text) => (text === '' ? [] : text.split(','))),
    }),
    responses: { 200: { description: 'ok' } },
    handler: ({ res, query }) => {
      res.json({ result: handle(query) });
    },
  });
  const app = express();
  app.use(router);
  app.use(errorHandler(pino({ level: 'silent' })));
  return app;
}

describe('route: the query, validated once per query string', () => {
  it('answers a query string seen before as it did the first time, valid or not', async () => {
    const app = appWithRoute((query) => query);
    for (let i = 0; i < 2; i++) {
      const ok = await request(app).get('/items?limit=5&tags=a,b').expect(200);
      expect(ok.body.result).toEqual({ limit: 5, tags: ['a', 'b'] });
      const bad = await request(app).get('/items?limit=0&colour=red').expect(400);
      expect(bad.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'limit', in: 'query' }),
          { name: 'colour', in: 'query', reason: 'unknown query parameter' },
        ]),
      );
    }
  });

  it('hands handlers a frozen query, so that no request changes the next one’s', async () => {
    const app = appWithRoute((query) => {
      query.tags.push('added');
      return query;
    });
    const res = await request(app).get('/items?tags=a').expect(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const again = await request(appWithRoute((query) => query))
      .get('/items?tags=a')
      .expect(200);
    expect(again.body.result.tags).toEqual(['a']);
  });
});
