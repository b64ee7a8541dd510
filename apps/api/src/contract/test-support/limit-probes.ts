import type { Express } from 'express';
import request from 'supertest';
import { bearer } from '../../auth/test-support/test-keys.js';
import type { ContractSession } from './contract-session.js';
import type { ProbeContext } from './probe.js';

/**
 * 429: an app whose limits are one write per key and one expensive read per address, over the same data.
 * The first write and the first expensive read are let through; every other one is refused.
 */
export async function tooManyRequests(context: ProbeContext, limited: Express): Promise<void> {
  const { session, keys } = context;
  const write = (test: request.Test) => test.set(bearer(keys.editor));
  for (const token of [keys.editor, keys.admin]) {
    await request(limited).patch('/v1/agreements/sac-din-2006').set(bearer(token)).send({});
  }
  const refused: [string, request.Test][] = [
    ['createAgreement', write(request(limited).post('/v1/agreements')).send({})],
    ['updateAgreement', write(request(limited).patch('/v1/agreements/sac-din-2006')).send({})],
    ['deleteAgreement', write(request(limited).delete('/v1/agreements/sac-din-2006'))],
    ['cutRelease', request(limited).post('/v1/releases').set(bearer(keys.admin)).send({})],
    ['createBrief', write(request(limited).post('/v1/briefs')).send({})],
    ['previewBrief', write(request(limited).post('/studio/previews')).send({})],
  ];
  // Without a key, writes are counted per address: the studio's sign-in too.
  const signIn = () => request(limited).post('/studio/session').set('Sco-Studio', '1').send({ key: '' });
  await signIn();
  refused.push(['signInToStudio', signIn()]);
  await request(limited).get('/v1/cite');
  refused.push(
    ['cite', request(limited).get('/v1/cite')],
    ['getIndicatorValues', request(limited).get('/v1/indicators/agreements')],
    ['downloadReleaseDataPackage', request(limited).get('/v1/releases/1.0.0/datapackage.zip')],
    ['listAgreements', request(limited).get('/v1/agreements?format=csv')],
  );
  for (const [operationId, test] of refused) await session.send(operationId, test, 429);
}

/** 503: every read of a database that holds no release yet. */
export async function noReleaseYet(session: ContractSession, empty: Express): Promise<void> {
  const reads: [string, string][] = [
    ['listAgreements', '/v1/agreements'],
    ['getAgreement', '/v1/agreements/sac-din-2006'],
    ['listIndicators', '/v1/indicators'],
    ['getIndicatorValues', '/v1/indicators/agreements'],
    ['listPartners', '/v1/partners'],
    ['getPartner', '/v1/partners/DEU'],
    ['listTallies', '/v1/tallies'],
    ['listReleases', '/v1/releases'],
    ['listChanges', '/v1/changes'],
    ['feed', '/v1/feed.atom'],
    ['cite', '/v1/cite'],
  ];
  for (const [operationId, path] of reads) await session.send(operationId, request(empty).get(path), 503);
}
