import express, { type RequestHandler } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { corsForReads } from './cors.js';
import { helmetForApi, securityHeaders } from './security-headers.js';

/** An app answering every method on /x after the given middleware. */
function appWith(...middleware: RequestHandler[]) {
  const app = express();
  app.disable('x-powered-by');
  app.use(...middleware);
  app.all('/x', (_req, res) => {
    res.status(200).send('ok');
  });
  return app;
}

/** The headers of a response, without those that change from one response to the next. */
function headersOf(res: request.Response): Record<string, string> {
  const { date: _date, ...rest } = res.headers as Record<string, string>;
  return rest;
}

describe('securityHeaders', () => {
  const chained = appWith(helmetForApi, (req, res, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) corsForReads(req, res, next);
    else next();
  });
  const once = appWith(securityHeaders());

  it.each([
    ['get', {}],
    ['get', { Origin: 'https://partner.example' }],
    ['head', {}],
    ['post', {}],
    ['patch', { Origin: 'https://partner.example' }],
    ['options', { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' }],
  ] as const)('sets on %s %j exactly the headers helmet and CORS set one by one', async (method, headers) => {
    const expected = await request(chained)[method]('/x').set(headers);
    const actual = await request(once)[method]('/x').set(headers);
    expect(actual.status).toBe(expected.status);
    expect(headersOf(actual)).toEqual(headersOf(expected));
  });

  it('sends the security headers and, on reads only, the CORS ones', async () => {
    const read = await request(once).get('/x');
    expect(read.headers['x-content-type-options']).toBe('nosniff');
    expect(read.headers['content-security-policy']).toContain("default-src 'self'");
    expect(read.headers['access-control-allow-origin']).toBe('*');
    const write = await request(once).post('/x');
    expect(write.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(write.headers['access-control-allow-origin']).toBeUndefined();
  });
});
