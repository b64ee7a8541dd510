import request from 'supertest';
import { BODY_LIMIT } from '../../app.js';
import { bearer } from '../../auth/test-support/test-keys.js';
import { CONTRACT_BRIEF } from './brief-probes.js';
import { UNKNOWN_KEY, type ProbeContext, type ProbeGroup } from './probe.js';

const oversized = () => 'x'.repeat(Number.parseInt(BODY_LIMIT, 10) * 1024);

/** A call as the studio's script makes it: with its header, from its own origin (no Origin: same site). */
function studio(test: request.Test, cookie: string | null = null): request.Test {
  const call = test.set('Sco-Studio', '1').set('Sec-Fetch-Site', 'same-origin');
  return cookie === null ? call : call.set('Cookie', cookie);
}

/** The signed-in session's cookie (the signInToStudio probes ran first). */
function cookieOf(context: ProbeContext): string {
  const { studioCookie } = context.state;
  if (studioCookie === null) throw new Error('the signInToStudio probes did not sign in');
  return studioCookie;
}

/**
 * The studio's operations, as its page calls them: a key exchanged for a session cookie, previews and
 * briefs through the cookie, signing out; and the calls refused because they may come from another site.
 */
export const studioProbes: readonly ProbeGroup[] = [
  {
    operationId: 'signInToStudio',
    run: async (context) => {
      const { app, session, keys, state } = context;
      const op = 'signInToStudio';
      const signIn = () => request(app).post('/studio/session');
      const signedIn = await session.send(op, studio(signIn()).send({ key: keys.editor }), 201);
      state.studioCookie = (signedIn.headers['set-cookie'] ?? '').split(';')[0] ?? null;
      await session.send(op, studio(signIn()).send({ key: '' }), 400);
      await session.send(op, studio(signIn()).send({ key: UNKNOWN_KEY }), 401);
      await session.send(op, studio(signIn()).send({ key: keys.revoked }), 401);
      await session.send(op, signIn().send({ key: keys.editor }), 403);
      const crossSite = studio(signIn()).set('Origin', 'https://partner.example');
      await session.send(op, crossSite.send({ key: keys.editor }), 403);
      await session.send(op, studio(signIn()).send({ key: oversized() }), 413);
      const text = studio(signIn()).set('Content-Type', 'text/plain');
      await session.send(op, text.send(`key=${keys.editor}`), 415);
    },
  },
  {
    operationId: 'previewBrief',
    run: async (context) => {
      const { app, session, keys } = context;
      const op = 'previewBrief';
      const cookie = cookieOf(context);
      const preview = () => request(app).post('/studio/previews');
      const partner = { template: 'partner', subject: 'RUS', lang: 'fr', paper: 'letter' };
      await session.send(op, studio(preview(), cookie).send(partner), 201);
      await session.send(op, preview().set(bearer(keys.admin)).send(CONTRACT_BRIEF), 201);
      await session.send(op, studio(preview(), cookie).send({ ...partner, paper: 'a3' }), 400);
      await session.send(op, preview().send(partner), 401);
      // The cookie without the studio's header: maybe another site's form.
      await session.send(op, preview().set('Cookie', cookie).send(partner), 403);
      await session.send(
        'createBrief',
        request(app).post('/v1/briefs').set('Cookie', cookie).send(partner),
        403,
      );
      await session.send(op, studio(preview(), cookie).send({ ...partner, subject: oversized() }), 413);
      const text = studio(preview(), cookie).set('Content-Type', 'text/plain');
      await session.send(op, text.send('template=overview'), 415);
      await session.send(op, studio(preview(), cookie).send({ ...partner, subject: 'XYZ' }), 422);
    },
  },
  {
    operationId: 'signOutOfStudio',
    run: async (context) => {
      const { app, session } = context;
      const op = 'signOutOfStudio';
      const cookie = cookieOf(context);
      const signOut = () => request(app).delete('/studio/session');
      await session.send(op, signOut().set('Cookie', cookie), 403);
      const signedOut = await session.send(op, studio(signOut(), cookie), 204);
      if (!/^sco_session=;.*Max-Age=0/.test(signedOut.headers['set-cookie'] ?? '')) {
        session.problems.push(
          `signOutOfStudio: the cookie was not removed: ${signedOut.headers['set-cookie'] ?? ''}`,
        );
      }
      // The session is over: its cookie is no one's.
      await session.send(
        'previewBrief',
        studio(request(app).post('/studio/previews'), cookie).send(CONTRACT_BRIEF),
        401,
      );
      await session.send(op, studio(signOut()), 204);
    },
  },
];
