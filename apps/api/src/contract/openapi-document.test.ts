import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STUDIO_PAGE_ROUTES } from '../studio/studio.routes.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { samplePath } from './test-support/every-operation-probes.js';
import { expressRoutes } from './test-support/express-routes.js';
import { openObjectSchemas } from './test-support/open-object-schemas.js';
import { operationsOf, type OpenApiDocument, type Operation } from './test-support/openapi-document.js';
import { ResponseValidator } from './test-support/response-validator.js';

/** Routes that serve the documentation itself, not the API it documents. */
const DOCUMENTATION_ROUTES = ['GET /openapi.json', 'GET /docs', 'GET /docs/', 'GET /docs/site/:file'];
const DOCUMENTATION_MOUNTS = ['/docs/assets'];
/**
 * Routes that serve pages and their files, not API operations: the site's pages (landing, embed builder,
 * demo partner page) and their assets, the widgets' built files, and the brief studio's pages.
 */
const PAGE_ROUTES: readonly string[] = [
  'GET /',
  'GET /embed',
  'GET /demo',
  'GET /pages/assets/:file',
  'GET /demo/assets/:file',
  'GET /favicon.svg',
  'GET /favicon.ico',
  'GET /widgets/docs',
  'GET /widgets/:version/*file',
  ...STUDIO_PAGE_ROUTES,
];
const PROBLEM = 'application/problem+json';

/** `allOf` members that allow null: an `allOf` with a `$ref` to an object can then never be null. */
function nullableAllOfs(value: unknown, pointer: string): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => nullableAllOfs(item, `${pointer}/${index}`));
  if (typeof value !== 'object' || value === null) return [];
  const found = Object.entries(value).flatMap(([key, child]) => nullableAllOfs(child, `${pointer}/${key}`));
  const { allOf } = value as { allOf?: unknown };
  const allowsNull = (member: unknown) =>
    typeof member === 'object' &&
    member !== null &&
    JSON.stringify((member as { type?: unknown }).type ?? '').includes('null');
  return Array.isArray(allOf) && allOf.some(allowsNull) ? [pointer, ...found] : found;
}

describe.each(await testDatabases())('the OpenAPI document on $dialect', (database) => {
  let t: TestApp;
  let validator: ResponseValidator;
  let document: OpenApiDocument;
  let operations: Operation[];
  const operation = (operationId: string): Operation => {
    const found = validator.operations.get(operationId);
    if (!found) throw new Error(`no operation ${operationId}`);
    return found;
  };

  beforeAll(async () => {
    t = await openTestApp(database);
    validator = new ResponseValidator((await request(t.app).get('/openapi.json').expect(200)).body);
    document = validator.document;
    operations = operationsOf(document);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('declares strict response schemas: every object schema closed, Problem alone extensible', () => {
    expect(openObjectSchemas(document.components.schemas)).toEqual([]);
    expect(document.components.schemas['Problem']).toMatchObject({
      type: 'object',
      additionalProperties: {},
    });
    expect(nullableAllOfs(document, '#')).toEqual([]);
  });

  it('gives every operation an operationId, a summary and at least one 4xx problem response', () => {
    const ids = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).map((op) => op.operationId),
    );
    expect(ids.filter((id) => id === undefined)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of operations) {
      const problems = Object.entries(op.responses).filter(
        ([status, response]) => /^4\d\d$/.test(status) && response.content?.[PROBLEM] !== undefined,
      );
      expect({ op: op.operationId, summary: (op.summary ?? '').length > 0 }).toEqual({
        op: op.operationId,
        summary: true,
      });
      expect({ op: op.operationId, problems: problems.length > 0 }).toEqual({
        op: op.operationId,
        problems: true,
      });
      for (const [, response] of problems) {
        expect(response.content?.[PROBLEM]?.schema).toEqual({ $ref: '#/components/schemas/Problem' });
      }
    }
  });

  it('documents every route Express answers, and nothing Express does not answer', () => {
    const { routes, mounts } = expressRoutes(t.app);
    const answered = routes.map((route) => `${route.method} ${route.path}`).sort();
    const documented = operations
      .map((op) => `${op.method.toUpperCase()} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`)
      .sort();
    const notApi = (route: string) => DOCUMENTATION_ROUTES.includes(route) || PAGE_ROUTES.includes(route);
    expect(answered.filter((route) => !notApi(route))).toEqual(documented);
    expect(answered.filter((route) => DOCUMENTATION_ROUTES.includes(route)).sort()).toEqual(
      [...DOCUMENTATION_ROUTES].sort(),
    );
    expect(answered.filter((route) => PAGE_ROUTES.includes(route))).toEqual([...PAGE_ROUTES].sort());
    expect(mounts).toEqual(DOCUMENTATION_MOUNTS);
  });

  it('answers 405 with the methods of the document (the registry the fallback reads)', async () => {
    for (const path of Object.keys(document.paths)) {
      const methods = Object.keys(document.paths[path] ?? {}).map((method) => method.toUpperCase());
      if (methods.includes('GET')) methods.push('HEAD');
      const res = await request(t.app).put(samplePath(path)).expect(405);
      expect({ path, allow: String(res.headers['allow']).split(', ').sort() }).toEqual({
        path,
        allow: methods.sort(),
      });
    }
  });

  it('rejects a response that strays from its schema: the check the contract test relies on bites', async () => {
    const list = operation('listAgreements');
    const real = (await request(t.app).get('/v1/agreements?limit=5&from=2010').expect(200)).body;
    const check = (body: unknown) =>
      validator.validate(list, '200', 'application/json', body, 'listAgreements');
    expect(check(real)).toEqual([]);
    const changed = (change: (body: typeof real) => void) => {
      const body = structuredClone(real);
      change(body);
      return check(body).join('\n');
    };
    expect(changed((body) => (body.surprise = 1))).toMatch(
      /\(root\) must NOT have additional properties.*surprise/,
    );
    expect(changed((body) => (body.items[0].colour = 'red'))).toMatch(
      /\/items\/0 must NOT have additional.*colour/,
    );
    expect(changed((body) => (body.release.revision = 'x'))).toMatch(/\/release\/revision must be integer/);
    expect(changed((body) => (body.total = String(body.total)))).toMatch(/\/total must be integer/);
    expect(changed((body) => delete body.next)).toMatch(/must have required property 'next'/);
    expect(changed((body) => (body.items[0].type = 'treaty'))).toMatch(
      /\/items\/0\/type must be equal to one of/,
    );
    expect(changed((body) => (body.items[0].signed_date = '2017-13'))).toMatch(
      /signed_date must match format/,
    );
    expect(changed((body) => (body.items = null))).toMatch(/\/items must be array/);

    const detail = operation('getAgreement');
    const agreement = (await request(t.app).get('/v1/agreements/sac-din-2006').expect(200)).body;
    expect(validator.validate(detail, '200', 'application/json', agreement, 'getAgreement')).toEqual([]);
    agreement.agreement.parties[0].institution.country = 'DEU';
    expect(validator.validate(detail, '200', 'application/json', agreement, 'getAgreement').join()).toMatch(
      /\/agreement\/parties\/0\/institution must NOT have additional properties/,
    );
  });

  it('checks status, media type and problem bodies too', async () => {
    const res = await request(t.app).get('/v1/agreements?limit=0').expect(400);
    const problem = Buffer.from(res.text);
    const answer = (status: number, contentType: string, body: Buffer) =>
      validator.check('listAgreements', { status, contentType, body }).problems.join('\n');
    expect(answer(400, PROBLEM, problem)).toBe('');
    expect(answer(400, PROBLEM, Buffer.from(JSON.stringify({ ...res.body, retry: 3 })))).toBe('');
    expect(answer(400, PROBLEM, Buffer.from(JSON.stringify({ ...res.body, status: '400' })))).toMatch(
      /\/status must be integer/,
    );
    expect(
      answer(400, PROBLEM, Buffer.from(JSON.stringify({ ...res.body, errors: [{ name: 'x' }] }))),
    ).toMatch(/\/errors\/0 must have required property 'in'/);
    expect(answer(418, PROBLEM, problem)).toMatch(/418: status not declared/);
    expect(answer(400, 'text/html', problem)).toMatch(/media type text\/html not declared/);
    expect(answer(200, 'application/json', Buffer.from('{"release":'))).toMatch(/is not JSON/);
    expect(answer(304, 'application/json', problem)).toMatch(/a 304 has a body/);
  });
});
