import request from 'supertest';
import { BODY_LIMIT } from '../../app.js';
import { bearer } from '../../auth/test-support/test-keys.js';
import { newAgreement } from '../../edits/test-support/new-agreement.js';
import type { ProbeContext, ProbeGroup } from './probe.js';

const CREATED = 'contract-created-2025';
const MERGE_PATCH = 'application/merge-patch+json';
const oversized = () => 'x'.repeat(Number.parseInt(BODY_LIMIT, 10) * 1024);

function post({ app }: ProbeContext, path: string, token: string | null) {
  const test = request(app).post(path).set('Accept', 'application/json');
  return token === null ? test : test.set(bearer(token));
}

function patch({ app }: ProbeContext, id: string, token: string | null, ifMatch: string | null) {
  let test = request(app).patch(`/v1/agreements/${id}`).set('Content-Type', MERGE_PATCH);
  if (token !== null) test = test.set(bearer(token));
  return ifMatch === null ? test : test.set('If-Match', ifMatch);
}

function remove({ app }: ProbeContext, id: string, token: string | null, ifMatch: string | null) {
  let test = request(app).delete(`/v1/agreements/${id}`);
  if (token !== null) test = test.set(bearer(token));
  return ifMatch === null ? test : test.set('If-Match', ifMatch);
}

/** Edits in the order they can happen: create, change, publish, delete. */
export const writeProbes: readonly ProbeGroup[] = [
  {
    operationId: 'createAgreement',
    run: async (context) => {
      const { session, keys, state } = context;
      const op = 'createAgreement';
      const created = await session.send(
        op,
        post(context, '/v1/agreements', keys.editor).send(newAgreement(CREATED)),
        201,
      );
      state.created = { id: CREATED, etag: created.headers['etag'] ?? '' };
      const malformed = post(context, '/v1/agreements', keys.editor).set('Content-Type', 'application/json');
      await session.send(op, malformed.send('{"id": '), 400);
      await session.send(
        op,
        post(context, '/v1/agreements', null).send(newAgreement('contract-anonymous')),
        401,
      );
      await session.send(
        op,
        post(context, '/v1/agreements', keys.editor).send(newAgreement('sac-din-2006')),
        409,
      );
      const huge = newAgreement('contract-huge', { notes: oversized() });
      await session.send(op, post(context, '/v1/agreements', keys.editor).send(huge), 413);
      const text = post(context, '/v1/agreements', keys.editor).set('Content-Type', 'text/plain');
      await session.send(op, text.send('id=x'), 415);
      const invalid = newAgreement('contract-invalid', {
        type: 'treaty',
        signed_date: '2025-13',
        colour: 'red',
      });
      await session.send(op, post(context, '/v1/agreements', keys.editor).send(invalid), 422);
      const orphan = newAgreement('contract-orphan', {
        parties: [{ institution_id: 'no-such-body', side: 'partner' }],
      });
      await session.send(op, post(context, '/v1/agreements', keys.admin).send(orphan), 422);
    },
  },
  {
    operationId: 'updateAgreement',
    run: async (context) => {
      const { session, keys, state } = context;
      const op = 'updateAgreement';
      const created = state.created ?? { id: CREATED, etag: '"v1"' };
      const draftRead = request(context.app)
        .get(`/v1/agreements/${created.id}?state=draft`)
        .set(bearer(keys.editor));
      await session.send('getAgreement', draftRead, 200);
      const changed = await session.send(
        op,
        patch(context, created.id, keys.editor, created.etag).send(
          JSON.stringify({ notes: 'Checked', tags: ['contract'] }),
        ),
        200,
      );
      created.etag = changed.headers['etag'] ?? '';
      await session.send(op, patch(context, created.id, keys.editor, created.etag).send('{}'), 200);
      await session.send(op, patch(context, created.id, keys.editor, created.etag).send('{"notes": '), 400);
      await session.send(op, patch(context, created.id, null, created.etag).send('{}'), 401);
      await session.send(op, patch(context, 'no-such-agreement-1999', keys.editor, '"v1"').send('{}'), 404);
      await session.send(op, patch(context, created.id, keys.editor, '"v99"').send('{"notes": "late"}'), 412);
      const huge = JSON.stringify({ notes: oversized() });
      await session.send(op, patch(context, created.id, keys.editor, created.etag).send(huge), 413);
      const text = patch(context, created.id, keys.editor, created.etag).set('Content-Type', 'text/plain');
      await session.send(op, text.send('notes=x'), 415);
      await session.send(
        op,
        patch(context, created.id, keys.editor, created.etag).send('{"type": "treaty"}'),
        422,
      );
      await session.send(op, patch(context, created.id, keys.editor, null).send('{"notes": "x"}'), 428);
    },
  },
  {
    operationId: 'cutRelease',
    run: async (context) => {
      const { session, keys } = context;
      const op = 'cutRelease';
      const release = { id: '1.1.0', notes: 'Adds the contract test agreement' };
      await session.send(op, post(context, '/v1/releases', keys.editor).send(release), 403);
      await session.send(op, post(context, '/v1/releases', null).send(release), 401);
      await session.send(op, post(context, '/v1/releases', keys.admin).send({ id: '1.1', notes: '' }), 400);
      await session.send(
        op,
        post(context, '/v1/releases', keys.admin).send({ ...release, notes: oversized() }),
        413,
      );
      const text = post(context, '/v1/releases', keys.admin).set('Content-Type', 'text/plain');
      await session.send(op, text.send('id=1.1.0'), 415);
      await session.send(op, post(context, '/v1/releases', keys.admin).send(release), 201);
      await session.send(op, post(context, '/v1/releases', keys.admin).send(release), 409);
      await session.send(
        op,
        post(context, '/v1/releases', keys.admin).send({ id: '1.2.0', notes: 'Nothing' }),
        409,
      );
      await session.send('getRelease', request(context.app).get('/v1/releases/1.1.0'), 200);
    },
  },
  {
    operationId: 'deleteAgreement',
    run: async (context) => {
      const { session, keys, state } = context;
      const op = 'deleteAgreement';
      const created = state.created ?? { id: CREATED, etag: '"v1"' };
      await session.send(op, remove(context, created.id, keys.editor, null), 428);
      await session.send(op, remove(context, created.id, keys.editor, '"v99"'), 412);
      await session.send(op, remove(context, created.id, null, created.etag), 401);
      await session.send(op, remove(context, 'Not_A_Slug!', keys.editor, '"v1"'), 400);
      await session.send(op, remove(context, 'no-such-agreement-1999', keys.editor, '"v1"'), 404);
      await session.send(op, remove(context, 'sac-din-2006', keys.editor, '*'), 409);
      await session.send(op, remove(context, created.id, keys.editor, created.etag), 204);
    },
  },
];
