import request from 'supertest';
import { bearer } from '../../auth/test-support/test-keys.js';
import type { Operation } from './openapi-document.js';
import { UNKNOWN_KEY, type ProbeContext } from './probe.js';

/** A brief job id of the right form that no app holds. */
export const UNKNOWN_JOB = `brief-${'0'.repeat(32)}`;

/** A real value for each path parameter of the document. */
const PATH_PARAMETERS: Readonly<Record<string, string>> = {
  '/v1/agreements/{id}': 'sac-din-2006',
  '/v1/briefs/{id}': UNKNOWN_JOB,
  '/v1/briefs/{id}/pdf': UNKNOWN_JOB,
  '/v1/indicators/{id}': 'agreements',
  '/v1/partners/{code}': 'DEU',
  '/v1/releases/{id}': '1.0.0',
  '/v1/releases/{id}/datapackage.zip': '1.0.0',
};

/** A path of the document with its parameter filled in; throws for a path this file does not know. */
export function samplePath(path: string): string {
  if (!path.includes('{')) return path;
  const value = PATH_PARAMETERS[path];
  if (value === undefined) throw new Error(`give ${path} a sample parameter in PATH_PARAMETERS`);
  return path.replace(/\{\w+\}/, value);
}

function send(context: ProbeContext, operation: Operation, path: string) {
  const test = request(context.app);
  switch (operation.method) {
    case 'get':
      return test.get(path);
    case 'post':
      return test.post(path).send({});
    case 'patch':
      return test.patch(path).send({});
    case 'delete':
      return test.delete(path);
    default:
      throw new Error(`no probe for the method ${operation.method}`);
  }
}

/**
 * What every operation answers, whatever it does: 401 to an unknown API key (a bad key never passes as
 * anonymous), 400 to an unknown query parameter (with a key that may call it).
 */
export async function everyOperation(context: ProbeContext, operation: Operation): Promise<void> {
  const { session, keys } = context;
  const path = samplePath(operation.path);
  await session.send(operation.operationId, send(context, operation, path).set(bearer(UNKNOWN_KEY)), 401);
  const unknown = send(context, operation, `${path}?contract_probe=1`).set(bearer(keys.admin));
  await session.send(operation.operationId, unknown, 400);
}
